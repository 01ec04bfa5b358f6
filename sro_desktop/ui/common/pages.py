"""Stacks of pages that ask for the room of the page shown only."""

from __future__ import annotations

from PySide6.QtWidgets import QSizePolicy, QStackedWidget, QTabWidget

IGNORED = QSizePolicy.Policy.Ignored


def sized_by_current_page(pages: QStackedWidget | QTabWidget) -> None:
    """A QStackedWidget or QTabWidget is as wide and high as the largest of its pages
    asks; so a narrow window (683 logical px at 200 %) would scroll each page sideways for
    the widest one. Here the hidden pages ignore their size (a page's own size policy
    comes back while it is shown), so only the page shown counts."""
    own: dict[int, tuple[QSizePolicy.Policy, QSizePolicy.Policy]] = {}

    def follow(_index: int = -1) -> None:
        current = pages.currentWidget()
        for number in range(pages.count()):
            page = pages.widget(number)
            if page is None:
                continue
            policy = page.sizePolicy()
            if id(page) not in own:
                own[id(page)] = policy.horizontalPolicy(), policy.verticalPolicy()
            horizontal, vertical = own[id(page)] if page is current else (IGNORED, IGNORED)
            if (policy.horizontalPolicy(), policy.verticalPolicy()) != (horizontal, vertical):
                policy.setHorizontalPolicy(horizontal)
                policy.setVerticalPolicy(vertical)
                page.setSizePolicy(policy)
        pages.updateGeometry()  # the hidden pages do not tell the layouts above

    pages.currentChanged.connect(follow)
    follow()
