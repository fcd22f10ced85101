"""A Qt style sheet built from a theme: big text, thick borders, a focus ring you can see."""

from __future__ import annotations

from core.themes import Theme


def style_sheet(theme: Theme, base_point_size: int = 24) -> str:
    """Style every widget in the theme's two colours; focus is a 6 px ring in `focus`."""
    fg, bg, focus = theme.foreground, theme.background, theme.focus
    return f"""
QWidget {{ background-color: {bg}; color: {fg}; font-size: {base_point_size}pt; }}
QMainWindow, QDialog {{ background-color: {bg}; }}
QDialog {{ border: 4px solid {fg}; }}
QPushButton, QComboBox, QSpinBox, QLineEdit {{
    border: 3px solid {fg}; border-radius: 10px; padding: 8px 18px;
    min-height: 48px; min-width: 48px;
}}
QPushButton {{ font-weight: bold; }}
QPushButton:pressed, QPushButton:checked {{ background-color: {fg}; color: {bg}; }}
QPushButton:focus, QComboBox:focus, QSpinBox:focus, QLineEdit:focus,
QTextEdit:focus, QListWidget:focus, LiveView:focus {{
    border: 6px solid {focus}; padding: 5px 15px;
}}
QTextEdit, QListWidget, QTableWidget {{
    border: 3px solid {fg}; border-radius: 10px; padding: 5px 15px; gridline-color: {fg};
}}
QTableWidget:focus {{ border: 6px solid {focus}; padding: 2px 12px; }}
QTableWidget::item:selected {{ background-color: {fg}; color: {bg}; }}
QHeaderView::section {{
    background-color: {bg}; color: {fg}; border: 2px solid {fg}; padding: 4px; font-weight: bold;
}}
QCheckBox {{ spacing: 14px; }}
QCheckBox::indicator {{ width: 36px; height: 36px; border: 3px solid {fg}; border-radius: 6px; }}
QCheckBox::indicator:checked {{ background-color: {fg}; }}
QCheckBox:focus {{ border: 6px solid {focus}; border-radius: 10px; padding: 4px; }}
QDialogButtonBox {{ dialogbuttonbox-buttons-have-icons: 0; }}
LiveView {{ border: 3px solid {fg}; }}
QComboBox QAbstractItemView {{
    background-color: {bg}; color: {fg}; selection-background-color: {fg};
    selection-color: {bg}; border: 3px solid {fg};
}}
QListWidget::item:selected {{ background-color: {fg}; color: {bg}; }}
QListWidget#documents::item {{ border-bottom: 2px solid {fg}; padding: 8px 4px; }}
QMenuBar, QMenu {{ background-color: {bg}; color: {fg}; }}
QMenuBar::item:selected, QMenu::item:selected {{ background-color: {fg}; color: {bg}; }}
QLabel#status {{ border-top: 3px solid {fg}; padding: 8px; font-weight: bold; }}
QLabel#status[error="true"] {{ color: {theme.error_foreground}; }}
QScrollBar {{ background-color: {bg}; width: 28px; }}
QScrollBar::handle {{ background-color: {fg}; min-height: 44px; }}
"""
