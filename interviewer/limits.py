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
