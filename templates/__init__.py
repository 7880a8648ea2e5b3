"""Draft templates shipped with Debrief (Jinja2). Overridable through DEBRIEF_TEMPLATES_DIR."""
