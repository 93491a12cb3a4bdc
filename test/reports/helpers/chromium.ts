/**
 * A minimal Chrome DevTools Protocol client over --remote-debugging-pipe (fd 3 in, fd 4 out,
 * NUL-delimited JSON): enough to open a page, collect console errors, evaluate, screenshot and
 * print to PDF, with no npm browser package and no download. Uses the system's chromium.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Readable, Writable } from "node:stream";

const CANDIDATES = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];

export function findChromium(): string | null {
  const env = process.env.CHROMIUM_PATH;
  if (env && existsSync(env)) return env;
  return CANDIDATES.find((p) => existsSync(p)) ?? null;
}

type Message = {
  id?: number;
  method?: string;
  params?: Record<string, unknown>;
  sessionId?: string;
  result?: unknown;
  error?: { message: string };
};

export class Chromium {
  private nextId = 1;
  private buffer = "";
  private readonly pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  private readonly listeners: ((m: Message) => void)[] = [];

  private constructor(
    private readonly child: ChildProcess,
    private readonly input: Writable,
    output: Readable,
    private readonly profile: string,
  ) {
    output.setEncoding("utf8");
    output.on("data", (chunk: string) => this.receive(chunk));
    child.on("exit", () => {
      for (const p of this.pending.values()) p.reject(new Error("chromium exited"));
      this.pending.clear();
    });
  }

  static launch(path: string): Chromium {
    const profile = mkdtempSync(join(tmpdir(), "planbench-chromium-"));
    const child = spawn(
      path,
      [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-extensions",
        "--no-first-run",
        "--no-default-browser-check",
        "--hide-scrollbars",
        "--font-render-hinting=none",
        `--user-data-dir=${profile}`,
        "--remote-debugging-pipe",
        "about:blank",
      ],
      { stdio: ["ignore", "ignore", "ignore", "pipe", "pipe"] },
    );
    return new Chromium(child, child.stdio[3] as Writable, child.stdio[4] as Readable, profile);
  }

  private receive(chunk: string): void {
    this.buffer += chunk;
    let end = this.buffer.indexOf("\0");
    while (end >= 0) {
      const message = JSON.parse(this.buffer.slice(0, end)) as Message;
      this.buffer = this.buffer.slice(end + 1);
      if (message.id !== undefined) {
        const p = this.pending.get(message.id);
        this.pending.delete(message.id);
        if (message.error) p?.reject(new Error(message.error.message));
        else p?.resolve(message.result);
      } else for (const l of this.listeners) l(message);
      end = this.buffer.indexOf("\0");
    }
  }

  send<T = Record<string, unknown>>(
    method: string,
    params: object = {},
    sessionId?: string,
    timeoutMs = 30_000,
  ): Promise<T> {
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error(`CDP ${method} timed out`));
      }, timeoutMs);
      this.pending.set(id, {
        resolve: (v) => {
          clearTimeout(timer);
          resolve(v as T);
        },
        reject: (e) => {
          clearTimeout(timer);
          reject(e);
        },
      });
      this.input.write(`${JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) })}\0`);
    });
  }

  on(listener: (m: Message) => void): void {
    this.listeners.push(listener);
  }

  waitFor(method: string, sessionId: string, timeoutMs = 30_000): Promise<Message> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`timed out waiting for ${method}`)), timeoutMs);
      this.on((m) => {
        if (m.method === method && m.sessionId === sessionId) {
          clearTimeout(timer);
          resolve(m);
        }
      });
    });
  }

  async close(): Promise<void> {
    try {
      await this.send("Browser.close", {}, undefined, 5_000);
    } catch {
      // already gone
    }
    if (this.child.exitCode === null) {
      const exited = new Promise((resolve) => this.child.once("exit", resolve));
      const timer = setTimeout(() => this.child.kill("SIGKILL"), 5_000);
      await exited;
      clearTimeout(timer);
    }
    rmSync(this.profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
  }
}

export interface PageVisit {
  readonly errors: string[];
  readonly dialogs: string[];
  evaluate<T>(expression: string): Promise<T>;
  screenshot(): Promise<Buffer>;
  /** The first `height` pixels of the page, as a reader first sees it. */
  screenshotTop(height?: number): Promise<Buffer>;
  /** The element matching `selector`, cropped (after screenshot() sized the page). */
  screenshotOf(selector: string): Promise<Buffer>;
  pdf(): Promise<Buffer>;
  /** Lay the page out as for printing (the @media print rules). */
  emulatePrint(): Promise<void>;
}

/** Opens `url` in a new tab and waits for its load event; errors and dialogs are collected. */
export async function visit(browser: Chromium, url: string, width = 1200): Promise<PageVisit> {
  const { targetId } = await browser.send<{ targetId: string }>("Target.createTarget", {
    url: "about:blank",
  });
  const { sessionId } = await browser.send<{ sessionId: string }>("Target.attachToTarget", {
    targetId,
    flatten: true,
  });
  const errors: string[] = [];
  const dialogs: string[] = [];
  browser.on((m) => {
    if (m.sessionId !== sessionId) return;
    const p = m.params ?? {};
    if (m.method === "Runtime.consoleAPICalled" && (p.type === "error" || p.type === "assert"))
      errors.push(`console.${p.type}: ${JSON.stringify(p.args)}`);
    if (m.method === "Runtime.exceptionThrown")
      errors.push(`exception: ${JSON.stringify(p.exceptionDetails)}`);
    if (m.method === "Log.entryAdded") {
      const entry = p.entry as { level: string; text: string; url?: string };
      if (entry.level === "error") errors.push(`log: ${entry.text} ${entry.url ?? ""}`);
    }
    if (m.method === "Page.javascriptDialogOpening") {
      dialogs.push(String(p.message));
      void browser.send("Page.handleJavaScriptDialog", { accept: true }, sessionId);
    }
  });
  await browser.send("Page.enable", {}, sessionId);
  await browser.send("Runtime.enable", {}, sessionId);
  await browser.send("Log.enable", {}, sessionId);
  await browser.send(
    "Emulation.setDeviceMetricsOverride",
    { width, height: 900, deviceScaleFactor: 1, mobile: false },
    sessionId,
  );
  const loaded = browser.waitFor("Page.loadEventFired", sessionId);
  await browser.send("Page.navigate", { url }, sessionId);
  await loaded;
  const evaluate = async <T>(expression: string): Promise<T> => {
    const r = await browser.send<{ result: { value: T }; exceptionDetails?: unknown }>(
      "Runtime.evaluate",
      { expression, returnByValue: true },
      sessionId,
    );
    if (r.exceptionDetails) throw new Error(`evaluate failed: ${JSON.stringify(r.exceptionDetails)}`);
    return r.result.value;
  };
  return {
    errors,
    dialogs,
    evaluate,
    screenshot: async () => {
      const height = Math.min(
        16_000,
        Math.ceil(await evaluate<number>("document.documentElement.scrollHeight")),
      );
      await browser.send(
        "Emulation.setDeviceMetricsOverride",
        { width, height, deviceScaleFactor: 1, mobile: false },
        sessionId,
      );
      const { data } = await browser.send<{ data: string }>(
        "Page.captureScreenshot",
        { format: "png" },
        sessionId,
      );
      return Buffer.from(data, "base64");
    },
    screenshotTop: async (height = 1400) => {
      const clip = { x: 0, y: 0, width, height, scale: 1 };
      const { data } = await browser.send<{ data: string }>(
        "Page.captureScreenshot",
        { format: "png", clip, captureBeyondViewport: true },
        sessionId,
      );
      return Buffer.from(data, "base64");
    },
    screenshotOf: async (selector: string) => {
      const box = await evaluate<{ x: number; y: number; width: number; height: number }>(
        `(() => { const r = document.querySelector(${JSON.stringify(selector)}).getBoundingClientRect(); return { x: r.x + scrollX, y: r.y + scrollY, width: r.width, height: r.height }; })()`,
      );
      const clip = {
        x: Math.max(0, box.x - 8),
        y: Math.max(0, box.y - 8),
        width: box.width + 16,
        height: box.height + 16,
        scale: 1,
      };
      const { data } = await browser.send<{ data: string }>(
        "Page.captureScreenshot",
        { format: "png", clip, captureBeyondViewport: true },
        sessionId,
      );
      return Buffer.from(data, "base64");
    },
    emulatePrint: async () => {
      await browser.send("Emulation.setEmulatedMedia", { media: "print" }, sessionId);
    },
    pdf: async () => {
      const { data } = await browser.send<{ data: string }>(
        "Page.printToPDF",
        { printBackground: true, preferCSSPageSize: true },
        sessionId,
        60_000,
      );
      return Buffer.from(data, "base64");
    },
  };
}
