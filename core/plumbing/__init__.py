"""What every capability leans on: user folders, atomic writes, user-facing errors,
translation, worker threads, the polling thread, the single running instance, image
loading and OpenCV's logging, and the shape of a command."""
