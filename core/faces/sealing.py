"""Encryption of faces: each stored descriptor, and exported lists under a passphrase.

Face descriptors are biometric data, so they are kept encrypted: AES-256-GCM with a fresh
96-bit nonce per descriptor, the row's id, person and model bound in as associated data so
a blob moved to another row (another person) no longer opens. An export is the list as
JSON, encrypted with a key derived from the user's passphrase by scrypt (n=2**15, r=8, p=1:
about 0.1 s and 32 MB, so each guess costs an attacker the same). This is the only module
that imports `cryptography`.
"""

from __future__ import annotations

import base64
import binascii
import json
import os
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

NONCE_BYTES = 12
KEY_BYTES = 32
_KEY_CHECK = b"bitna people key check"
SCRYPT_N = 2**15
SCRYPT_R = 8
SCRYPT_P = 1
_MAX_SCRYPT_N = 2**20  # a file asking more is refused, not left to use gigabytes


class CannotOpenError(Exception):
    """The key or passphrase does not open this sealed data (wrong, or the data changed)."""


class DescriptorCipher:
    """Seals and opens descriptors with one store's key."""

    def __init__(self, key: bytes) -> None:
        if len(key) != KEY_BYTES:
            raise CannotOpenError("the key is not 256 bits")
        self._aead = AESGCM(key)

    def seal(self, plain: bytes, bound: bytes) -> bytes:
        """`plain` encrypted: nonce, then ciphertext and tag; `bound` must match to open."""
        nonce = os.urandom(NONCE_BYTES)
        return nonce + self._aead.encrypt(nonce, plain, bound)

    def open(self, sealed: bytes, bound: bytes) -> bytes:
        """The plain bytes; CannotOpenError when the key, the data or `bound` do not match."""
        try:
            return self._aead.decrypt(sealed[:NONCE_BYTES], sealed[NONCE_BYTES:], bound)
        except (InvalidTag, ValueError) as error:
            raise CannotOpenError(str(error)) from error

    def key_check(self) -> bytes:
        """A sealed constant kept beside the data, to tell a wrong key from damaged rows."""
        return self.seal(b"", _KEY_CHECK)

    def fits(self, check: bytes) -> bool:
        """True when this key made `check`."""
        try:
            self.open(check, _KEY_CHECK)
        except CannotOpenError:
            return False
        return True


def descriptor_binding(descriptor_id: int, person_id: int, model: str) -> bytes:
    """The associated data of one descriptor row."""
    return b"bitna descriptor\0%d\0%d\0" % (descriptor_id, person_id) + model.encode("utf-8")


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _passphrase_key(passphrase: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    kdf = Scrypt(salt=salt, length=KEY_BYTES, n=n, r=r, p=p)
    return kdf.derive(passphrase.encode("utf-8"))


def seal_document(header: dict[str, Any], payload: dict[str, Any], passphrase: str) -> dict:
    """`header` plus `payload` encrypted under `passphrase`, as a JSON-ready document."""
    salt, nonce = os.urandom(16), os.urandom(NONCE_BYTES)
    encryption = {
        "cipher": "AES-256-GCM",
        "kdf": "scrypt",
        "n": SCRYPT_N,
        "r": SCRYPT_R,
        "p": SCRYPT_P,
        "salt": _b64(salt),
        "nonce": _b64(nonce),
    }
    document = {**header, "encryption": encryption}
    key = _passphrase_key(passphrase, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)
    plain = json.dumps(payload, ensure_ascii=False).encode("utf-8")
    sealed = AESGCM(key).encrypt(nonce, plain, _bound(document))
    return {**document, "sealed": _b64(sealed)}


def is_sealed(document: dict[str, Any]) -> bool:
    """True when `document` carries an encrypted payload."""
    return "encryption" in document or "sealed" in document


def open_document(document: dict[str, Any], passphrase: str) -> dict[str, Any]:
    """The payload of a sealed document; CannotOpenError for a wrong passphrase; ValueError when
    the document is not a sealed export at all."""
    encryption = document.get("encryption")
    if not isinstance(encryption, dict) or encryption.get("kdf") != "scrypt":
        raise ValueError("not a sealed export")
    if encryption.get("cipher") != "AES-256-GCM":
        raise ValueError("unknown cipher")
    try:
        n, r, p = (int(encryption[name]) for name in ("n", "r", "p"))
        salt = base64.b64decode(encryption["salt"], validate=True)
        nonce = base64.b64decode(encryption["nonce"], validate=True)
        sealed = base64.b64decode(document["sealed"], validate=True)
    except (KeyError, TypeError, ValueError, binascii.Error) as error:
        raise ValueError("damaged sealed export") from error
    if not (2 <= n <= _MAX_SCRYPT_N and n & (n - 1) == 0 and 1 <= r <= 32 and 1 <= p <= 16):
        raise ValueError("unreasonable scrypt parameters")
    if len(nonce) != NONCE_BYTES or len(salt) < 8:
        raise ValueError("damaged sealed export")
    key = _passphrase_key(passphrase, salt, n, r, p)
    header = {name: value for name, value in document.items() if name != "sealed"}
    try:
        plain = AESGCM(key).decrypt(nonce, sealed, _bound(header))
    except InvalidTag as error:
        raise CannotOpenError("wrong passphrase, or the file was changed") from error
    payload = json.loads(plain.decode("utf-8"))
    if not isinstance(payload, dict):
        raise ValueError("not a list")
    return payload


def _bound(header: dict[str, Any]) -> bytes:
    """The header as associated data: changing any of it (format, salt...) fails to open."""
    return json.dumps(header, sort_keys=True, ensure_ascii=False).encode("utf-8")
