"""Debrief: feedback-request drafts after job rejections, in your own mailbox."""

__version__ = "0.1.0"
