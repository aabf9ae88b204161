"""Servers an attacker would run, on 127.0.0.1, for the security tests: one that redirects
every request elsewhere, one that records every request head it receives, and a TLS server
whose certificate nobody trusts."""

from __future__ import annotations

import contextlib
import datetime
import socket
import ssl
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from loopback import RawServer, read_request, read_request_and_body


class Recorder:
    """A server that keeps every request it gets (head and body) and answers 404: where a
    leaked credential would land."""

    def __init__(self) -> None:
        self.requests: list[bytes] = []
        self._server = RawServer(self._answer)
        self.base_url = self._server.base_url
        self.port = int(self.base_url.rsplit(":", 1)[1])

    def _answer(self, connection: socket.socket, server: RawServer) -> None:
        head, body = read_request_and_body(connection)
        if head:
            self.requests.append(head + b"\r\n\r\n" + body)
            connection.sendall(b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")

    def received(self) -> bytes:
        return b"\n".join(self.requests)

    def __enter__(self) -> Recorder:
        self._server.__enter__()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.__exit__()


class Redirector:
    """A server that answers every request with `status` and `Location: <location>`."""

    def __init__(self, location: str, status: int = 302) -> None:
        self.location = location
        self.status = status
        self.requests: list[bytes] = []
        self._server = RawServer(self._answer)
        self.base_url = self._server.base_url

    def _answer(self, connection: socket.socket, server: RawServer) -> None:
        head, body = read_request_and_body(connection)
        if head:
            self.requests.append(head + b"\r\n\r\n" + body)
            connection.sendall(
                f"HTTP/1.1 {self.status} Moved\r\nLocation: {self.location}\r\nx-tt-logid: REDIRECT1\r\n"
                "Content-Length: 0\r\nConnection: close\r\n\r\n".encode()
            )

    def __enter__(self) -> Redirector:
        self._server.__enter__()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.__exit__()


def self_signed_certificate(directory: Path) -> tuple[Path, Path]:
    """A certificate for 127.0.0.1 signed by its own key (no CA vouches for it), and the key."""
    import ipaddress

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = datetime.datetime.now(datetime.UTC)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=1))
        .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), False)
        .sign(key, hashes.SHA256())
    )
    cert_file, key_file = directory / "cert.pem", directory / "key.pem"
    cert_file.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(
        key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    )
    return cert_file, key_file


class UntrustedTLSServer:
    """A TLS server on 127.0.0.1 with a self-signed certificate. `attempts` counts the
    connections, `heads` the requests that arrived through one (none should: a client that
    verifies certificates gives up during the TLS handshake)."""

    def __init__(self, directory: Path) -> None:
        cert_file, key_file = self_signed_certificate(directory)
        self._context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        self._context.load_cert_chain(cert_file, key_file)
        self.attempts = 0
        self.heads: list[bytes] = []
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port = self._listener.getsockname()[1]
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._accept, daemon=True)

    def _accept(self) -> None:
        while not self._stop.is_set():
            try:
                connection, _ = self._listener.accept()
            except OSError:
                return
            self.attempts += 1
            threading.Thread(target=self._serve, args=(connection,), daemon=True).start()

    def _serve(self, connection: socket.socket) -> None:
        connection.settimeout(10)
        with (
            contextlib.suppress(OSError),
            connection,
            self._context.wrap_socket(connection, server_side=True) as secure,
        ):
            head = read_request(secure)
            if head:
                self.heads.append(head)
                secure.sendall(b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")

    def __enter__(self) -> UntrustedTLSServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._listener.close()


@contextmanager
def untrusted_tls(directory: Path) -> Iterator[UntrustedTLSServer]:
    with UntrustedTLSServer(directory) as server:
        yield server
