"""The size baseline: a bare PySide6 QtWidgets window, frozen the same way as Tiski.

DESIGN.md measures the packaged Tiski against this (folder size at most 1.25x).
``--version`` answers without a screen so that the build can check the frozen program.
"""

import sys

from PySide6.QtWidgets import QApplication, QLabel, QMainWindow


def main() -> int:
    if "--version" in sys.argv:
        print("bare 1")
        return 0
    app = QApplication(sys.argv)
    window = QMainWindow()
    window.setCentralWidget(QLabel("Tiski"))
    window.resize(1440, 900)
    window.show()
    if "--exit-when-shown" in sys.argv:
        window.repaint()
        return 0
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
