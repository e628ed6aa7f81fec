"""Events: PLOVER event coding, modality, within-document merging."""
