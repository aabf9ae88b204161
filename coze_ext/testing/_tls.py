"""A throwaway certificate, so the emulator can serve https:// and wss://.

Some clients insist on TLS (cozepy's WebSocket clients refuse a base URL that is not
https://). The emulator makes a self-signed certificate for the addresses it serves; a
client trusts it by loading that one file (`SSL_CERT_FILE=<cert_file>`, or an
`ssl.SSLContext` / httpx `verify=` built from it).
"""

from __future__ import annotations

import datetime
import ipaddress
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

__all__ = ["Certificate", "make_certificate"]

# Long enough for any session, short enough that a leaked file soon means nothing.
VALID_FOR = datetime.timedelta(days=30)


@dataclass(frozen=True)
class Certificate:
    cert_file: Path
    """The certificate (PEM): what clients trust."""
    key_file: Path
    """Its private key (PEM), readable by the owner only."""


def make_certificate(directory: Path, host: str) -> Certificate:
    """A self-signed certificate for `host` (a name or an IP address), 127.0.0.1 and localhost,
    written to `directory`. It is its own certificate authority, so trusting the file is enough."""
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Coze emulator")])
    now = datetime.datetime.now(datetime.UTC)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5))
        .not_valid_after(now + VALID_FOR)
        .add_extension(x509.SubjectAlternativeName(_names(host)), critical=False)
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                key_cert_sign=True,
                content_commitment=False,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                crl_sign=False,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .sign(key, hashes.SHA256())
    )
    cert_file, key_file = directory / "emulator-cert.pem", directory / "emulator-key.pem"
    cert_file.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    key_file.touch(mode=0o600)
    key_file.write_bytes(
        key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    )
    return Certificate(cert_file, key_file)


def _names(host: str) -> list[x509.GeneralName]:
    names: list[x509.GeneralName] = [x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        names.append(x509.DNSName(host))
    else:
        names.append(x509.IPAddress(address))
    return list(dict.fromkeys(names))
