"""What the people list and the objects list share: the owner-only SQLite file
(`store`) and the command-line steps to forget, rename, export and import (`cli`)."""
