"""The one "today" the tests pin: demo files are written for it and the program's clock
(``sro_desktop.clock``) answers it, so no test depends on the real date."""

from datetime import date

TODAY = date(2026, 11, 25)
