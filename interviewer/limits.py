"""Upload limits, one constant per kind of file (checked by the handler that takes the file).

Gradio's own `max_file_size` is one value for every upload, so the served app sets it to the
largest kind and each handler checks its own kind's limit.
"""

from __future__ import annotations

MB = 1024 * 1024
#: A résumé file (PDF, DOCX, Markdown, text).
MAX_RESUME_BYTES = 10 * MB
#: A recorded answer uploaded as a file.
MAX_AUDIO_UPLOAD_BYTES = 50 * MB
#: What Gradio's upload route accepts at all.
MAX_UPLOAD_BYTES = max(MAX_RESUME_BYTES, MAX_AUDIO_UPLOAD_BYTES)

#: Web events that may parse a résumé or recognise speech, running at once in one process (their
#: own Gradio concurrency group, so they never hold the slots typed answers need).
CPU_HEAVY_EVENTS = 2
CPU_HEAVY_GROUP = "cpu-heavy"
#: Résumés parsed at once per process, and per owner (a client sending crafted files in a loop
#: waits behind its own uploads, not everyone else's).
RESUME_PARSES = 2
