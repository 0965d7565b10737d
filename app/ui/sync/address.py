"""A peer's address as people type it: host:port, [v6 address]:port, or a host alone."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.models.errors import ValidationError

DEFAULT_PORT = 47470  # the port `concord serve` listens on unless told otherwise


translate = QCoreApplication.translate


def parse_address(text: str) -> tuple[str, int]:
    text = text.strip()
    if not text:
        raise ValidationError(
            translate("SyncAddress", "Type the other device's address, for example 192.168.1.20:47470.")
        )
    if text.startswith("["):  # a v6 address carries colons of its own
        host, _, rest = text[1:].partition("]")
        port_text = rest[1:] if rest.startswith(":") else ""
        if rest and not rest.startswith(":"):
            host = ""
    elif text.count(":") == 1:
        host, _, port_text = text.partition(":")
    elif ":" in text:
        host, port_text = text, ""
    else:
        host, port_text = text, ""
    host = host.strip()
    if not host or any(c.isspace() for c in host):
        raise ValidationError(
            translate("SyncAddress", "“{text}” is not an address. Type it as host:port.").format(text=text)
        )
    if not port_text:
        return host, DEFAULT_PORT
    if not port_text.isdigit() or not 0 < int(port_text) < 65536:
        raise ValidationError(
            translate("SyncAddress", "The port must be a number from 1 to 65535 (got “{port}”).").format(port=port_text)
        )
    return host, int(port_text)


def format_address(host: str, port: int) -> str:
    return f"[{host}]:{port}" if ":" in host else f"{host}:{port}"
