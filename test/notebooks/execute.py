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
    late_outputs = 0

    async def _async_poll_output_msg(self, parent_msg_id, cell, cell_index):
        await super()._async_poll_output_msg(parent_msg_id, cell, cell_index)
        while True:
            try:
                msg = await ensure_async(self.kc.iopub_channel.get_msg(timeout=LATE_OUTPUT_WAIT))
            except (queue.Empty, asyncio.TimeoutError):
                return
            if msg["parent_header"].get("msg_id") != parent_msg_id:
                continue
            if msg["msg_type"] in ("display_data", "execute_result", "stream", "error"):
                self.late_outputs += 1
            try:
                self.process_message(msg, cell, cell_index)
            except CellExecutionComplete:
                pass


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
