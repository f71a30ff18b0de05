import os

# The suite runs with immediate tasks and plain static storage, whatever the shell says.
os.environ.setdefault("PKHUB_TESTING", "1")
os.environ.setdefault("TASKS_BACKEND", "immediate")
