"""Relations over a stored corpus: dyads, the actor graph, alliance obligations, exports."""
