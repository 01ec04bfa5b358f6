"""PyInstaller's entry script (packaging/sro_desktop.spec): the ``sro-desktop`` script."""

from sro_desktop.__main__ import main

if __name__ == "__main__":
    main()
