"""Execute one notebook headless with nbclient (Debian: python3-nbclient) and save the result.

usage: python3 execute.py NOTEBOOK.ipynb OUT.ipynb [TIMEOUT_SECONDS]

The kernel is the one the notebook's metadata names (kernelspec.name), found on JUPYTER_PATH;
the working directory is the notebook's folder, as in Jupyter. Exits 1 if any cell errors
(the executed notebook, with the error output, is still written to OUT for inspection).

Deno's kernel (2.x) sometimes publishes a cell's last output just after it reports the cell
idle; nbclient stops listening at idle and would drop it (front ends such as JupyterLab still
show it). So after each cell this runner keeps reading for a moment and keeps late outputs of
that cell; it reports how many it caught on stderr.
"""

import asyncio
import pathlib
import queue
import sys

import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionComplete, CellExecutionError
from nbclient.util import ensure_async

LATE_OUTPUT_WAIT = 0.5  # seconds of quiet after a cell's idle status before the next cell


class LateOutputClient(NotebookClient):
    """nbclient, keeping outputs that arrive after their cell's idle status (see above)."""

    late_outputs = 0

    async def _async_poll_output_msg(self, parent_msg_id, cell, cell_index):
        owners = self.__dict__.setdefault("_owners", {})  # msg_id of each executed cell → cell
        owners[parent_msg_id] = (cell, cell_index)
        idle = False
        while True:
            try:
                msg = await ensure_async(
                    self.kc.iopub_channel.get_msg(timeout=LATE_OUTPUT_WAIT if idle else None)
                )
            except (queue.Empty, asyncio.TimeoutError):
                return  # quiet for LATE_OUTPUT_WAIT after this cell's idle: on to the next cell
            owner = owners.get(msg["parent_header"].get("msg_id"))
            if owner is None:
                continue
            late = idle or owner[0] is not cell  # after idle, or an earlier cell's straggler
            if late and msg["msg_type"] in ("display_data", "execute_result", "stream", "error"):
                self.late_outputs += 1
            try:
                self.process_message(msg, owner[0], owner[1])
            except CellExecutionComplete:
                if owner[0] is cell:
                    idle = True


def main() -> int:
    source, out = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
    timeout = int(sys.argv[3]) if len(sys.argv) > 3 else 300
    nb = nbformat.read(source, as_version=4)
    nbformat.validate(nb)  # a malformed notebook fails here, before any kernel starts
    client = LateOutputClient(
        nb,
        timeout=timeout,
        startup_timeout=120,
        record_timing=True,
        resources={"metadata": {"path": str(source.parent.absolute())}},
    )
    status = 0
    try:
        client.execute()
    except CellExecutionError as error:
        print(f"{source}: a cell failed:\n{error}", file=sys.stderr)
        status = 1
    if client.late_outputs:
        print(f"{source}: kept {client.late_outputs} output(s) published after their cell's idle status", file=sys.stderr)
    out.parent.mkdir(parents=True, exist_ok=True)
    nbformat.write(nb, out)
    return status


if __name__ == "__main__":
    sys.exit(main())
