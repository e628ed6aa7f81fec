"""Attribution: who says so (quotes, cues, reporting chain), quantities and dates."""

from foedus.attribution.bench import register as _register_bench

_register_bench()
