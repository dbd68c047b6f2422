"""People the registry lacks, read from the cues Arabic news gives (``find_people``).
May import names/."""
