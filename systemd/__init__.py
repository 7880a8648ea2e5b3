"""The systemd units, shipped in the package so that `debrief install-service` can write them."""
