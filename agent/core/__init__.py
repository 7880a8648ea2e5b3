"""Pure core: no IO, no clock of its own. Everything here takes its inputs, including `now`."""
