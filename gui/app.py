"""The composition root: builds the engine parts and the window, and wires commands to them."""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QObject, QTranslator
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QApplication

from core.announce import Announcer, Role, Utterance
from core.commands import CommandRegistry
from core.errors import UserFacingError
from core.i18n import current_language, set_language, tr
from core.ocr.base import OcrEngine
from core.ocr.languages import default_languages
from core.pipeline import ReadPipeline
from core.reading_flow import ReadingFlow, SpokenWord
from core.settings import Settings, load_settings, save_settings
from core.sources.base import FrameSource
from core.sources.camera import list_cameras
from core.sources.demo import DemoSource
from core.sources.factory import open_source
from core.sources.reader import FrameReader
from core.speech.base import SpeechEvent, SpeechService
from core.speech.fakes import NullSpeech
from core.themes import DEFAULT_THEME, THEMES, Theme
from gui.bridge import QtRunner, UiPost
from gui.history_dialog import HistoryDialog
from gui.main_window import MainWindow
from gui.settings_dialog import Choices, SettingsDialog
from gui.style import style_sheet

log = logging.getLogger(__name__)


class Bitna(QObject):
    """Owns the engine parts and the window for one run of the app."""

    def __init__(
        self,
        *,
        settings: Settings,
        source: FrameSource,
        speech: SpeechService,
        ocr: OcrEngine,
        speech_log: Path | None = None,
        synchronous: bool = False,
        settings_path: Path | None = None,
    ) -> None:
        super().__init__()
        self.settings = settings
        self._settings_path = settings_path
        self.speech = speech
        self.ocr = ocr
        self.source = source
        self.ui = UiPost(self)
        self.runner = QtRunner(synchronous=synchronous, parent=self)
        self.announcer = Announcer(self._speech_for(settings), log_path=speech_log)
        self.commands = CommandRegistry()
        self.reader = FrameReader(
            source,
            on_error=lambda error: self.ui.post(lambda: self._camera_lost(error)),
            on_recovered=lambda: self.ui.post(self._camera_back),
        )
        self.window = MainWindow(
            self.commands, self._latest_frame, self.theme, settings.reading_font_size
        )
        self.window.live_view.describe_source(source.name)
        self.flow = ReadingFlow(
            capture=self._capture,
            pipeline=self._pipeline,
            runner=self.runner,
            announcer=self.announcer,
            on_page=lambda page: self.window.reading_pane.show_text(page.text),
            on_word=self._highlight,
        )
        self.announcer.add_listener(self._utterance)
        speech.add_listener(lambda event: self.ui.post(lambda: self._speech_event(event)))
        self._bind_commands()
        self.apply_settings(settings)

    # Wiring -------------------------------------------------------------------------------
    @property
    def theme(self) -> Theme:
        return THEMES.get(self.settings.theme, THEMES[DEFAULT_THEME])

    def _speech_for(self, settings: Settings) -> SpeechService:
        return NullSpeech() if settings.speech_output == "screen-reader" else self.speech

    def _bind_commands(self) -> None:
        self.commands.bind("read", self.flow.read)
        self.commands.bind("stop", self.flow.stop)
        self.commands.bind("repeat", self.repeat)
        self.commands.bind("next-demo-page", self.next_demo_page)
        self.commands.bind("speech-history", self.show_history)
        self.commands.bind("settings", self.show_settings)
        self.commands.bind("quit", self._quit)

    def start(self) -> None:
        """Show the window and start the camera; heavy engines load on first use."""
        screen = self.window.screen()
        if screen is not None:  # Without a window manager, showMaximized() does nothing.
            self.window.setGeometry(screen.availableGeometry())
        self.window.showMaximized()
        self.reader.start()
        self.announcer.announce(
            tr("Bitna is ready, using {source}. Press R to read the page.", source=self.source.name)
        )

    def shutdown(self) -> None:
        """Stop every thread Bitna started."""
        self.reader.stop()
        self.runner.shutdown()
        self.speech.close()

    # Commands -----------------------------------------------------------------------------
    def repeat(self) -> None:
        """Read the last page again from the start, or else repeat the last message."""
        if self.flow.page is not None:
            self.speech.stop()
            self.flow.speak_page(self.flow.page)
            return
        last = self.announcer.last()
        if last is not None:
            self.announcer.announce(last.text, last.role, interrupt=True)

    def _quit(self) -> None:
        self.window.close()

    def next_demo_page(self) -> None:
        if not isinstance(self.source, DemoSource):
            self.announcer.announce(tr("The demo camera is not in use."), Role.ERROR)
            return
        self.source.next_page()
        self.window.live_view.describe_source(self.source.name)
        self.announcer.announce(self.source.name, interrupt=True)

    def show_history(self) -> None:
        HistoryDialog(self.announcer.history(), self.window).exec()

    def show_settings(self) -> None:
        choices = Choices(
            cameras=[(str(camera.index), camera.name) for camera in list_cameras()],
            languages=self._installed_languages(),
            voices=self.speech.voices(),
        )
        dialog = SettingsDialog(self.settings, choices, self.window)
        if dialog.exec() != SettingsDialog.DialogCode.Accepted:
            return
        new = dialog.settings()
        if new.camera != self.settings.camera:
            self.switch_source(new.camera)
        self.apply_settings(new)
        try:
            save_settings(new, self._settings_path)
        except OSError as error:
            log.error("Cannot save settings: %s", error)
            self.announcer.announce(
                tr("Your settings could not be saved: {reason}", reason=error.strerror or error),
                Role.ERROR,
            )
            return
        self.announcer.announce(tr("Settings saved."))

    def switch_source(self, spec: str) -> None:
        try:
            source = open_source(spec)
        except UserFacingError as error:
            self.announcer.announce(error.message, Role.ERROR)
            return
        self.source = source
        self.reader.switch(source)
        self.window.live_view.describe_source(source.name)

    def apply_settings(self, settings: Settings) -> None:
        """Make the running app follow `settings`."""
        self.settings = settings
        set_language(settings.ui_language)
        self.window.retranslate()
        self.speech.set_rate(settings.speech_rate)
        self.speech.set_voice("en", settings.voice_en or None)
        self.speech.set_voice("ko", settings.voice_ko or None)
        self.announcer.speech = self._speech_for(settings)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.setStyleSheet(style_sheet(self.theme))
        self.window.reading_pane.set_theme(self.theme)
        self.window.reading_pane.set_point_size(settings.reading_font_size)

    # Engine glue --------------------------------------------------------------------------
    def _latest_frame(self):  # type: ignore[no-untyped-def]
        return self.reader.latest()

    def _capture(self):  # type: ignore[no-untyped-def]
        latest = self.reader.latest()
        return None if latest is None else latest[1].copy()

    def _installed_languages(self) -> list[str]:
        try:
            return list(self.ocr.probe().languages)
        except UserFacingError:
            return []

    def _pipeline(self) -> ReadPipeline:
        languages = self.settings.ocr_languages
        if not languages:
            languages = default_languages(current_language(), self._installed_languages())
        return ReadPipeline(self.ocr, languages)

    def _highlight(self, word: SpokenWord) -> None:
        self.window.reading_pane.highlight(word.start, word.length)

    def _speech_event(self, event: SpeechEvent) -> None:
        self.flow.on_speech_event(event)
        if event.kind == "error" and event.error is not None:
            last = self.announcer.last()
            if last is None or last.text != event.error.message:
                self.announcer.announce(event.error.message, Role.ERROR, speak=False)
        elif event.kind == "finished":
            self.window.reading_pane.clear_highlight()

    def _utterance(self, utterance: Utterance) -> None:
        self.window.show_utterance(utterance)
        if self.settings.speech_output == "screen-reader":
            QAccessible.updateAccessibility(
                QAccessibleAnnouncementEvent(self.window, utterance.text)
            )

    def _camera_lost(self, error: UserFacingError) -> None:
        self.announcer.announce(error.message, Role.ERROR)

    def _camera_back(self) -> None:
        self.announcer.announce(tr("The camera is back."))


def _install_qt_translation(app: QApplication, language: str) -> None:
    """Qt's own strings (standard buttons, context menus) in the UI language."""
    translator = QTranslator(app)
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if translator.load(QLocale(language), "qtbase", "_", folder):
        app.installTranslator(translator)


def run_app(args: argparse.Namespace) -> int:
    """Open the window on the chosen source and run until it closes."""
    from core.ocr.tesseract import TesseractEngine
    from core.speech import create_speaker

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Bitna")
    app.setApplicationDisplayName("Bitna")
    settings = load_settings()
    _install_qt_translation(app, set_language(settings.ui_language))
    spec = args.source or settings.camera
    try:
        source = open_source(spec)
    except UserFacingError as error:
        print(f"bitna: {error.message}", file=sys.stderr)
        return 1
    speech_problem: UserFacingError | None = None
    try:
        speech: SpeechService = create_speaker(settings.speech_rate)
    except UserFacingError as error:
        speech_problem, speech = error, NullSpeech()
    bitna = Bitna(
        settings=settings,
        source=source,
        speech=speech,
        ocr=TesseractEngine(),
        speech_log=args.speech_log,
    )
    bitna.start()
    if speech_problem is not None:
        bitna.announcer.announce(speech_problem.message, Role.ERROR)
    try:
        return app.exec()
    finally:
        bitna.shutdown()
