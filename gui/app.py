"""The composition root: builds the engine parts and the window, and wires commands to them."""

from __future__ import annotations

import argparse
import dataclasses
import gc
import logging
import sys
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Protocol

import numpy as np
import shiboken6
from PySide6.QtCore import QLibraryInfo, QLocale, QObject, Qt, QTimer, QTranslator
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from core.announce import Announcer, Role, Utterance
from core.commands import CommandRegistry, global_bindings, window_keys
from core.diagnostics import MissingPart, camera_problem, ocr_problem, speech_problem
from core.faces.store import PeopleStore
from core.faces.store import default_path as people_path
from core.first_run import (
    GUIDE_COMMAND,
    TAUGHT_COMMANDS,
    FirstRunGuide,
    Keys,
    closes_guide,
    should_show_guide,
)
from core.hotkeys.base import HotkeyBackend, NullHotkeys
from core.hotkeys.choose import start_hotkeys
from core.ocr.base import OcrEngine
from core.ocr.languages import default_languages
from core.ocr.ppocr import shared_engine
from core.plumbing.errors import UserFacingError, message_for
from core.plumbing.i18n import current_language, set_language, tr
from core.plumbing.instance import CommandServer
from core.reading.flow import ReadingFlow, SpokenWord
from core.reading.pipeline import ReadPipeline
from core.scene.framing import reading_remedies
from core.settings import UI_SCALE, Settings, load_settings, save_settings
from core.sources.base import FrameSource
from core.sources.camera import CameraInfo, list_cameras
from core.sources.demo import DemoSource
from core.sources.factory import open_source
from core.sources.reader import FrameReader, switch_reader
from core.speech.base import SpeechEvent, SpeechService, Voice
from core.speech.fakes import NullSpeech
from core.text.model import PageText
from core.themes import Theme, resolve_theme
from gui.accessibility import install_roles
from gui.bridge import QtRunner, ui_thread
from gui.faces_controller import FacesController
from gui.first_run import FirstRunDialog
from gui.handsfree_controller import HandsFreeController
from gui.history_dialog import HistoryDialog
from gui.keys_dialog import KeysDialog
from gui.library_controller import LibraryController
from gui.library_keeper import LibraryKeeper
from gui.live_text_controller import LiveTextController
from gui.magnifier_controller import MagnifierController
from gui.main_window import MainWindow
from gui.objects_controller import ObjectsController
from gui.reading_controller import ReadingController
from gui.screen_reader import ScreenReaderChannel
from gui.settings_dialog import Choices, SettingsDialog
from gui.style import style_sheet

log = logging.getLogger(__name__)

#: How often the UI thread collects Python's cyclic garbage (see run_app).
GC_INTERVAL_MS = 1000
#: Seconds Read waits for the camera's first picture before saying there is none.
FIRST_FRAME_WAIT = 3.0


class Controller(Protocol):
    """A part of the app that carries out commands: the app binds what it hands over."""

    def handlers(self) -> Mapping[str, Callable[[], None]]:
        """Command id → handler, for each command this part carries out."""
        ...


class Bitna(QObject):
    """Owns the engine parts and the window for one run of the app."""

    def __init__(
        self,
        *,
        settings: Settings,
        source: FrameSource,
        speech: SpeechService,
        ocr: OcrEngine,
        photo_ocr: OcrEngine | None = None,
        speech_log: Path | None = None,
        synchronous: bool = False,
        settings_path: Path | None = None,
        hotkey_backends: list[HotkeyBackend] | None = None,
        listen_for_commands: bool = False,
    ) -> None:
        super().__init__()
        install_roles()
        self._hotkey_backends = hotkey_backends
        self.hotkeys: HotkeyBackend = NullHotkeys()
        self._speech_failure: str | None = None  # the speech error said, until speech works
        self.command_server = CommandServer(self._remote_command) if listen_for_commands else None
        self.first_run_dialog: FirstRunDialog | None = None
        self.settings_dialog: SettingsDialog | None = None
        self.settings = settings
        self._settings_path = settings_path
        self.speech = speech
        self.ocr = ocr
        #: Reads photographed Latin text better than Tesseract (see core/ocr/ppocr.py).
        self.photo_ocr = photo_ocr
        self.source = source
        self.ui = ui_thread()
        self.runner = QtRunner(synchronous=synchronous, parent=self)
        # Opening cameras can take seconds (or hang in a driver): never on the UI thread.
        self.camera_runner = QtRunner(synchronous=synchronous, parent=self)
        self.announcer = Announcer(self._speech_for(settings), log_path=speech_log)
        self.keeper = LibraryKeeper(
            announcer=self.announcer, settings=settings, synchronous=synchronous, parent=self
        )
        #: The frame auto-capture last chose: its reading is kept as an auto-captured page.
        self._captured: np.ndarray | None = None
        self.commands = CommandRegistry()
        self.reader = FrameReader(
            source,
            on_error=lambda error: self._later(lambda: self._camera_lost(error)),
            on_recovered=lambda: self._later(self._camera_back),
        )
        self.window = MainWindow(
            self.commands, self.reader.latest, self.theme, settings.reading_font_size
        )
        self.window.live_view.describe_source(source.name)
        self.magnifier = MagnifierController(
            self.window.live_view,
            self._say_now,
            settings,
            reading_pane=self.window.reading_pane,
            parent=self,
        )
        self.magnifier.settings_changed.connect(self._remember_magnifier)
        self.faces = FacesController(
            latest_frame=self._capture,
            announcer=self.announcer,
            parent_widget=self.window,
            runner=QtRunner(synchronous=synchronous, parent=self),
            frames=self.reader.latest,
            is_reading=self._reading_aloud,
        )
        self.objects = ObjectsController(
            latest_frame=self._capture,
            announcer=self.announcer,
            parent_widget=self.window,
            runner=QtRunner(synchronous=synchronous, parent=self),
        )
        self.flow = ReadingFlow(
            capture=self._capture,
            pipeline=self._pipeline,
            runner=self.runner,
            announcer=self.announcer,
            on_page=self._show_page,
            on_word=self._highlight,
            on_read=self._keep_read,
            remedies=reading_remedies,
        )
        self.screen_reader = ScreenReaderChannel(self.window)
        self.reading = ReadingController(
            flow=self.flow,
            announcer=self.announcer,
            pane=self.window.reading_pane,
            runner=QtRunner(synchronous=synchronous, parent=self),
            settings=lambda: self.settings,
            change_settings=self._change_settings,
            parent=self,
        )
        self.handsfree = HandsFreeController(
            latest=self.reader.latest,
            current_frame=self._capture,
            read_frame=self._read_captured,
            speak_page=self._show_and_speak,
            is_reading=lambda: self.flow.reading or self.flow.recognising,
            stop_reading=self.flow.stop,
            pipeline=self._pipeline,
            announcer=self.announcer,
            runner=QtRunner(synchronous=synchronous, parent=self),
            settings=settings,
            parent_widget=self.window,
            keeper=self.keeper,
        )
        self.live_text = LiveTextController(
            latest=self.reader.latest,
            ocr=self.ocr,
            languages=self._reading_languages,
            announcer=self.announcer,
            speech_busy=self._speech_busy,
            show_text=self.window.reading_pane.show_text,
            runner=QtRunner(synchronous=synchronous, parent=self),
            settings=settings,
            before_start=self.handsfree.stop_auto_capture,
            keeper=self.keeper,
        )
        self.library = LibraryController(
            keeper=self.keeper,
            announcer=self.announcer,
            flow=self.flow,
            show_page=self._show_page,
            parent_widget=self.window,
            synchronous=synchronous,
        )
        self.handsfree.before_auto_capture = self._stop_live_text
        #: Everything that carries out commands, the app itself included.
        self.controllers: tuple[Controller, ...] = (
            self,
            self.magnifier,
            self.faces,
            self.objects,
            self.reading,
            self.handsfree,
            self.live_text,
            self.library,
        )
        self.announcer.add_listener(self._utterance)
        speech.add_listener(lambda event: self._later(lambda: self._speech_event(event)))
        self._bind_commands()
        self.apply_settings(settings)

    # Wiring -------------------------------------------------------------------------------
    @property
    def theme(self) -> Theme:
        hints = QGuiApplication.styleHints()
        high_contrast = (
            hints.accessibility().contrastPreference() == Qt.ContrastPreference.HighContrast
        )
        dark = hints.colorScheme() == Qt.ColorScheme.Dark
        return resolve_theme(self.settings.theme, high_contrast=high_contrast, dark=dark)

    def _later(self, function: Callable[[], object]) -> None:
        """Run `function` on the UI thread (from the camera, speech, hotkey or command
        threads); dropped once this Bitna is shut down."""
        self.ui.post(function, owner=self)

    def _speech_for(self, settings: Settings) -> SpeechService:
        return NullSpeech() if settings.speech_output == "screen-reader" else self.speech

    def handlers(self) -> dict[str, Callable[[], None]]:
        """Command id → handler, for the app's own commands."""
        return {
            "read": self.read,
            "pause": self.flow.pause,
            "show-window": self.show_window,
            "bigger": lambda: self.scale_ui(+25),
            "smaller": lambda: self.scale_ui(-25),
            "keys": self.show_keys,
            "stop": self.stop,
            "repeat": self.repeat,
            "next-demo-page": self.next_demo_page,
            "speech-history": self.show_history,
            "settings": self.show_settings,
            "quit": self._quit,
            GUIDE_COMMAND: self.show_first_run_guide,
        }

    def _bind_commands(self) -> None:
        bound: dict[str, Controller] = {}
        for controller in self.controllers:
            for command_id, handler in controller.handlers().items():
                if command_id in bound:
                    raise ValueError(f"{command_id} has two handlers: {bound[command_id]}")
                bound[command_id] = controller
                self.commands.bind(command_id, handler)
        self.commands.listen(self._guide_aside)

    def start(self, missing: Sequence[MissingPart] = ()) -> None:
        """Show the window and start the camera; heavy engines load on first use.

        Each part in `missing` (found while building Bitna) is said once; Tesseract and its
        languages are checked on a worker and said once too when something is missing.
        """
        screen = self.window.screen()
        if screen is not None:  # Without a window manager, showMaximized() does nothing.
            self.window.setGeometry(screen.availableGeometry())
        self.window.showMaximized()
        self.reader.start()
        if self.command_server is not None:
            try:
                self.command_server.start()
            except OSError as error:  # Bitna still works; only `bitna send` cannot reach it.
                log.warning("Cannot listen for commands: %r", error)
                self.command_server = None
        self.announcer.announce(
            tr("Bitna is ready, using {source}. Press R to read the page.", source=self.source.name)
        )
        for part in missing:
            self.announcer.announce(part.message, Role.ERROR)
        self.runner.submit(
            lambda: ocr_problem(self.ocr, self.settings.ocr_languages), self._say_missing
        )
        self.start_hotkeys()

    def _say_missing(self, part: MissingPart | None, error: BaseException | None) -> None:
        if error is not None:
            log.error("Checking Tesseract failed", exc_info=error)
        elif part is not None:
            self.announcer.announce(part.message, Role.ERROR)

    def start_hotkeys(self) -> None:
        """Listen for the global hotkeys (again, after they changed); say so once if we can't."""
        self.hotkeys.stop()
        self.hotkeys = NullHotkeys()
        if not self.settings.global_hotkeys:
            return
        bindings = {
            combination: command_id
            for command_id, combination in global_bindings(self.commands, self.settings).items()
        }
        self.hotkeys, problem = start_hotkeys(
            bindings,
            lambda command_id: self._later(lambda: self.commands.trigger(command_id)),
            self._hotkey_backends,
        )
        if problem is not None:
            self.announcer.announce(problem.message)

    def shutdown(self) -> None:
        """Stop every thread Bitna started."""
        self.hotkeys.stop()
        if self.command_server is not None:
            self.command_server.stop()
        self.window.live_view.stop()
        self.faces.shutdown()
        self.objects.shutdown()
        self.handsfree.shutdown()
        self.live_text.shutdown()  # keeps its stretch of text in the library
        self.library.note_position()
        self.library.shutdown()
        self.keeper.close()  # every page read is kept before Bitna ends
        self.camera_runner.shutdown()
        self.reader.stop()
        self.runner.shutdown()
        self.speech.close()
        # Bitna is a parentless QObject kept alive only by reference cycles (callbacks that
        # hold self). Left to Python's cycle collector it may be freed on a speech, reader or
        # render thread, where ~QObject cannot unregister its children's timers: a dangling
        # timer then crashes the UI thread. So free the Qt side here, on the UI thread.
        shiboken6.delete(self)

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

    def read(self, waited: float = 0.0) -> None:
        """Read the page; right after start-up, wait (up to 3 s) for the camera's first picture."""
        if self.reader.latest() is None and waited < FIRST_FRAME_WAIT:
            QTimer.singleShot(100, lambda: self.read(waited + 0.1))
            return
        if self.handsfree.book_mode:  # the page goes into the book, spreads split
            self.handsfree.read_now()
            return
        self.handsfree.read_by_hand()
        self._captured = None  # read by hand, even a still picture's same frame object
        self.flow.read()

    def stop(self) -> None:
        """Stop everything that talks or waits: reading, speech, remembering a face, live
        text."""
        self._stop_live_text()
        self.faces.cancel()
        self.objects.cancel()
        self.handsfree.cancel()
        self.flow.stop()

    def _stop_live_text(self) -> None:
        """Live text off, said so: Stop silences it, and auto-capture takes its place."""
        if self.live_text.running:
            self.live_text.stop()
            self.announcer.announce(tr("Live text off."), speak=False)

    def _speech_busy(self) -> bool | None:
        """Whether Bitna's voice is still speaking; None when a screen reader speaks."""
        if self.settings.speech_output == "screen-reader":
            return None
        return self.speech.is_busy

    def _reading_aloud(self) -> bool:
        """Reading, recognising, or Bitna's voice still speaking (who's-here names wait)."""
        return bool(self.flow.reading or self.flow.recognising or self._speech_busy())

    def _say_now(self, text: str) -> None:
        """Say a short status at once, cutting off whatever was being said."""
        self.announcer.announce(text, interrupt=True)

    def _change_settings(self, settings: Settings) -> None:
        """Follow and keep settings changed by a command (Faster, Slower)."""
        self.apply_settings(settings)
        self._save_quietly()

    def _remember_magnifier(self) -> None:
        """Keep the magnifier as the user left it, for the next start."""
        self.settings = dataclasses.replace(self.settings, **self.magnifier.settings_values())
        self._save_quietly()

    def _quit(self) -> None:
        self.window.close()

    def show_window(self) -> None:
        """Bring the window to the front and give it the keyboard focus."""
        self.window.showNormal() if self.window.isMinimized() else self.window.show()
        self.window.raise_()
        self.window.activateWindow()
        self.announcer.announce(tr("Bitna window."), interrupt=True)

    def scale_ui(self, step: int) -> None:
        """Make everything bigger or smaller, within the settings' range (100 % to 300 %)."""
        scale = UI_SCALE.clamp(self.settings.ui_scale + step)
        if scale == self.settings.ui_scale:
            limit = tr("largest") if step > 0 else tr("smallest")
            self.announcer.announce(tr("Already the {limit} size.", limit=limit))
            return
        self.apply_settings(dataclasses.replace(self.settings, ui_scale=scale))
        self._save_quietly()
        self.announcer.announce(tr("Size {percent} percent.", percent=scale))

    def show_keys(self) -> None:
        dialog = KeysDialog(self.commands, self.settings, self.window)
        if dialog.exec() != KeysDialog.DialogCode.Accepted:
            return
        self.apply_settings(dialog.settings())
        self.start_hotkeys()
        self._save_quietly()
        self.announcer.announce(tr("Keys saved."))

    def _save_quietly(self) -> bool:
        """Save the settings; on failure say why and return False."""
        try:
            save_settings(self.settings, self._settings_path)
            return True
        except OSError as error:
            log.error("Cannot save settings: %s", error)
            self.announcer.announce(
                tr("Your settings could not be saved: {reason}", reason=error.strerror or error),
                Role.ERROR,
            )
            return False

    def _remote_command(self, command_id: str) -> str | None:
        """A command from `bitna send` (on the server's thread): run it on the UI thread."""
        if command_id not in self.commands:
            return tr("There is no command called {command}.", command=command_id)
        self._later(lambda: self.commands.trigger(command_id))
        return None

    def next_demo_page(self) -> None:
        if not isinstance(self.source, DemoSource):
            self.announcer.announce(tr("The demo camera is not in use."), Role.ERROR)
            return
        self.source.next_page()
        self.window.live_view.describe_source(self.source.name)
        self.announcer.announce(self.source.name, interrupt=True)

    def show_first_run_guide(self) -> None:
        """Open the spoken first-run guide, once the cameras and voices are known.

        Listing cameras probes devices on Windows (seconds), so it runs on a worker; the
        guide opens window-modal without a nested event loop.
        """
        if self.first_run_dialog is not None:
            self.first_run_dialog.raise_()
            self.first_run_dialog.activateWindow()
            return
        self.runner.submit(lambda: (list_cameras(), self.speech.voices()), self._open_guide)

    def _open_guide(
        self, found: tuple[list[CameraInfo], list[Voice]] | None, error: BaseException | None
    ) -> None:
        cameras, voices = found or ([], [])
        if error is not None:
            log.warning("The guide could not list cameras or voices: %r", error)
        window = window_keys(self.commands, self.settings)
        hotkeys = (
            global_bindings(self.commands, self.settings) if self.settings.global_hotkeys else {}
        )
        keys = {
            command_id: Keys(
                self.commands.get(command_id).label,
                window.get(command_id, ""),
                hotkeys.get(command_id, ""),
            )
            for command_id in (*TAUGHT_COMMANDS, GUIDE_COMMAND)
        }
        guide = FirstRunGuide(
            self.settings,
            cameras=[camera.name for camera in cameras],
            source_name=self.source.name,
            voices=voices,
            keys=keys,
        )
        dialog = FirstRunDialog(guide, self.announcer, self.apply_settings, self.window)
        dialog.finished.connect(lambda _result: self._guide_closed(guide))
        self.first_run_dialog = dialog
        dialog.open()

    def _guide_aside(self, command_id: str) -> None:
        """Close the guide before a command whose result it would cover (Read pressed
        from another program while the guide is open: a low-vision user would see the
        guide, not the page)."""
        if self.first_run_dialog is not None and closes_guide(command_id):
            log.info("The first-run guide steps aside for %s", command_id)
            self.first_run_dialog.step_aside()

    def _guide_closed(self, guide: FirstRunGuide) -> None:
        """Keep what the user chose, and that the guide was done, for the next start."""
        dialog, self.first_run_dialog = self.first_run_dialog, None
        if dialog is not None:
            dialog.deleteLater()
        self.apply_settings(guide.settings)
        self._save_quietly()
        if dialog is not None and dialog.stepped_aside:
            return  # the command that closed it speaks next
        key = window_keys(self.commands, self.settings).get(GUIDE_COMMAND, "")
        if guide.skipped:
            self.announcer.announce(
                tr("Guide closed. Press {key} to hear it again.", key=key), interrupt=True
            )
        else:
            self.announcer.announce(tr("Press R to read the page."), interrupt=True)
        self.window.activateWindow()

    def show_history(self) -> None:
        HistoryDialog(self.announcer.history(), self.window).exec()

    def show_settings(self) -> None:
        """Open the settings dialog, once the cameras, languages and voices are known.

        Listing them probes devices and programs (seconds on Windows for the cameras), so
        it runs on a worker, and the dialog opens window-modal without a nested event loop.
        """
        if self.settings_dialog is not None:
            self.settings_dialog.raise_()
            self.settings_dialog.activateWindow()
            return
        self.runner.submit(
            lambda: Choices(
                cameras=[(str(camera.index), camera.name) for camera in list_cameras()],
                languages=self._installed_languages(),
                voices=self.speech.voices(),
                faces_key=PeopleStore(people_path()).key_place(),
            ),
            self._open_settings,
        )

    def _open_settings(self, choices: Choices | None, error: BaseException | None) -> None:
        if choices is None:
            log.warning("Settings could not list cameras, languages or voices: %r", error)
            choices = Choices(cameras=[], languages=[], voices=[])
        if self.settings_dialog is not None:
            return  # asked twice while the choices were being listed
        dialog = SettingsDialog(
            self.settings, choices, self.window, forget_library=self.library.forget_all
        )
        dialog.finished.connect(lambda result: self._settings_closed(dialog, result))
        self.settings_dialog = dialog
        dialog.open()

    def _settings_closed(self, dialog: SettingsDialog, result: int) -> None:
        """Apply and keep what the user chose (OK); Cancel changes nothing."""
        self.settings_dialog = None
        dialog.deleteLater()
        if result != SettingsDialog.DialogCode.Accepted:
            return
        new = dialog.settings()
        if new.camera != self.settings.camera:
            self.switch_source(new.camera)
        self.apply_settings(new)
        if self._save_quietly():
            self.announcer.announce(tr("Settings saved."))

    def switch_source(self, spec: str) -> None:
        """Read from `spec` instead; the camera is let go of and opened on a worker."""
        self.camera_runner.submit(
            lambda: switch_reader(self.reader, spec, open_source), self._switched
        )

    def _switched(self, source: FrameSource | None, error: BaseException | None) -> None:
        if error is not None or source is None:
            generic = tr("The camera could not be changed. Try again.")
            message = message_for(error, generic, log=log, doing="Switching the camera")
            self.announcer.announce(message, Role.ERROR)
            return
        self.source = source
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
            app.setStyleSheet(style_sheet(self.theme, round(24 * settings.ui_scale / 100)))
        self.window.apply_keys(window_keys(self.commands, settings))
        self.window.reading_pane.set_theme(self.theme)
        self.window.reading_pane.set_point_size(settings.reading_font_size)
        self.magnifier.apply_settings(settings)
        self.reading.apply_settings(settings)
        self.handsfree.apply_settings(settings)
        self.live_text.apply_settings(settings)
        self.keeper.apply_settings(settings)
        self.faces.apply_settings(settings)

    # Engine glue --------------------------------------------------------------------------
    def _capture(self) -> np.ndarray | None:
        """The picture to read: as the user sees it (frozen, turned), at full resolution."""
        return self.window.live_view.capture_frame()

    def _show_page(self, page: PageText) -> None:
        """Show a page, its words that speech says "unsure" before marked."""
        unsure = self.flow.unsure.offsets(page, 0, len(page.text))
        self.window.reading_pane.show_page(page, unsure)

    def _read_captured(self, frame: np.ndarray) -> None:
        """Read a frame auto-capture chose (kept in the library as an auto-captured page)."""
        self._captured = frame
        self.flow.read_frame(frame)

    def _keep_read(self, page: PageText, frame: np.ndarray) -> None:
        """Keep a page read whole in the library (when the user keeps what is read)."""
        kind = "page" if frame is self._captured else "read"
        self.keeper.keep([page], kind, [frame])

    def _show_and_speak(self, page: PageText) -> None:
        """Show and read a page given whole (book mode's numbered pages)."""
        self._show_page(page)
        self.flow.speak_page(page)

    def _installed_languages(self) -> list[str]:
        try:
            return list(self.ocr.probe().languages)
        except UserFacingError:
            return []

    def _reading_languages(self) -> str:
        """The languages pages are read in: the user's choice, else by the UI's language."""
        languages = self.settings.ocr_languages
        if not languages:
            languages = default_languages(current_language(), self._installed_languages())
        return languages

    def _pipeline(self) -> ReadPipeline:
        languages = self._reading_languages()
        # A screen reader cuts off what it is saying when the next message comes, so it
        # gets the whole page at once rather than the first lines ahead of the rest.
        streaming = self.settings.speech_output != "screen-reader"
        return ReadPipeline(self.ocr, languages, streaming=streaming, photo_engine=self.photo_ocr)

    def _highlight(self, word: SpokenWord) -> None:
        self.window.reading_pane.highlight(word.start, word.length)

    def _speech_event(self, event: SpeechEvent) -> None:
        self.flow.on_speech_event(event)
        if event.kind == "error" and event.error is not None:
            pane = self.window.reading_pane
            pane.clear_highlight()  # words "heard" before the player failed were not
            pane.scroll_to(self.flow.position)  # where reading waits (see on_speech_event)
            # Once per outage (no sound device fails every utterance): said again only
            # after speech has worked, as when speakers are plugged in and out again.
            message = event.error.message
            if message != self._speech_failure:
                self._speech_failure = message
                self.announcer.announce(message, Role.ERROR, speak=False)
        elif event.kind == "finished":
            if event.completed:
                self._speech_failure = None  # speech works again: a new failure is news
            self.window.reading_pane.clear_highlight()
            self.library.note_position()

    def _utterance(self, utterance: Utterance) -> None:
        self.window.show_utterance(utterance)
        if self.settings.speech_output == "screen-reader" or isinstance(self.speech, NullSpeech):
            self.screen_reader.say(utterance.text)

    def _camera_lost(self, error: UserFacingError) -> None:
        self.flow.interject(error.message, Role.ERROR)

    def _camera_back(self) -> None:
        self.flow.interject(tr("The camera is back."), Role.STATUS)


def _install_qt_translation(app: QApplication, language: str) -> None:
    """Qt's own strings (standard buttons, context menus) in the UI language."""
    translator = QTranslator(app)
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if translator.load(QLocale(language), "qtbase", "_", folder):
        app.installTranslator(translator)


def _set_window_icon(app: QApplication) -> None:
    """Bitna's icon (resources/icons/bitna.svg) for its windows and the taskbar."""
    from importlib import resources

    from PySide6.QtGui import QIcon

    icon = QIcon(str(resources.files("resources") / "icons" / "bitna.svg"))
    if not icon.isNull():
        app.setWindowIcon(icon)


def collect_garbage_on_the_ui_thread(app: QApplication) -> None:
    """Run Python's cycle collector only on the UI thread, from a timer.

    Otherwise it runs on whichever thread allocates when it is due (the speech, camera or
    render thread) and may destroy a Qt object caught in a cycle there, which Qt does not
    allow. pyqtgraph does the same for the same reason.
    """
    gc.disable()
    timer = QTimer(app)
    timer.setInterval(GC_INTERVAL_MS)
    timer.timeout.connect(_collect_if_due)
    timer.start()


def _collect_if_due() -> None:
    """A whole collection once Python's own collector would have started one (net new
    objects past its first threshold, 700): each second while busy, but not when idle,
    where a still picture makes about 30 a second and a collection takes 30 ms of CPU."""
    if gc.get_count()[0] >= gc.get_threshold()[0]:
        gc.collect()


def run_app(args: argparse.Namespace) -> int:
    """Open the window on the chosen source and run until it closes."""
    from core.ocr.tesseract import TesseractEngine
    from core.plumbing.instance import NotRunningError, send_command
    from core.plumbing.memory import limit_malloc_arenas
    from core.speech import create_speaker

    limit_malloc_arenas()  # before any worker thread: a long session's memory stays flat

    try:  # One Bitna per user: a second launch brings the first to the front.
        send_command("show-window")
        print(tr("Bitna is already running; its window is now in front."))
        return 0
    except NotRunningError:
        pass
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Bitna")
    app.setApplicationDisplayName("Bitna")
    _set_window_icon(app)
    settings = load_settings()
    _install_qt_translation(app, set_language(settings.ui_language))
    spec = args.source or settings.camera
    try:
        source = open_source(spec)
    except UserFacingError as error:
        print(f"bitna: {error.message}", file=sys.stderr)
        return 1
    missing = [part for part in (camera_problem(spec, source),) if part is not None]
    try:
        speech: SpeechService = create_speaker(settings.speech_rate)
    except UserFacingError as error:
        missing.append(speech_problem(error.message))
        speech = NullSpeech()
    bitna = Bitna(
        settings=settings,
        source=source,
        speech=speech,
        ocr=TesseractEngine(),
        photo_ocr=shared_engine(),
        speech_log=args.speech_log,
        listen_for_commands=True,
    )
    collect_garbage_on_the_ui_thread(app)
    bitna.start(missing)
    if should_show_guide(settings, no_guide=getattr(args, "no_guide", False)):
        QTimer.singleShot(0, bitna.show_first_run_guide)
    try:
        return app.exec()
    finally:
        bitna.shutdown()
