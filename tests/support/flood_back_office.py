"""A back office that floods: 100,000 applications (about 52 MB of JSON) for any visitor.

Run as its own process (``python flood_back_office.py``), so the answer it holds is not
counted in the memory of the console side being measured. It prints its port, then
serves until killed:

- ``/declared``: the answer with its Content-Length;
- ``/chunked``: the same answer streamed in 64 KiB chunks, no length given;
- ``/within``: the first 9,000 applications (about 4.7 MB, under the 5 MB cap), streamed.
"""

from __future__ import annotations

import json
import sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

APPLICATIONS = 100_000
WITHIN = 9_000


def flood(count: int = APPLICATIONS) -> bytes:
    applications = [
        {
            "id": f"HAK-{number:08d}",
            "benefit": "Yleinen asumistuki",
            "state": "käsittelyssä",
            "submitted": "2026-11-02",
            "decision_due": "2026-12-14",
            "handler": "Etuuskäsittelijä " + "x" * 227,
            "notes": "Liitteet toimitettu; odottaa vuokrasopimusta " + "y" * 60,
        }
        for number in range(count)
    ]
    return json.dumps({"applications": applications}, ensure_ascii=False).encode("utf-8")


BODY = flood()
BODY_WITHIN = flood(WITHIN)


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def do_GET(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        try:
            if self.path.startswith("/declared"):
                self.send_header("Content-Length", str(len(BODY)))
                self.end_headers()
                self.wfile.write(BODY)
                return
            body = BODY_WITHIN if self.path.startswith("/within") else BODY
            self.send_header("Transfer-Encoding", "chunked")
            self.end_headers()
            for start in range(0, len(body), 65536):
                chunk = body[start : start + 65536]
                self.wfile.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))
            self.wfile.write(b"0\r\n\r\n")
        except OSError:
            pass  # the console hung up: that is what it should do

    def log_message(self, format: str, *args: object) -> None:
        pass


def main() -> None:
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    print(server.server_address[1], len(BODY), len(BODY_WITHIN), flush=True)
    server.serve_forever()


if __name__ == "__main__":
    sys.exit(main())
