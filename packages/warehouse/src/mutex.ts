/** A FIFO lock: `const release = await mutex.acquire(); try { … } finally { release(); }`. */
export class Mutex {
  private locked = false;
  private readonly waiters: (() => void)[] = [];

  acquire(): Promise<() => void> {
    return new Promise((resolve) => {
      const grant = (): void => {
        this.locked = true;
        resolve(() => this.release());
      };
      if (this.locked) this.waiters.push(grant);
      else grant();
    });
  }

  private release(): void {
    const next = this.waiters.shift();
    if (next) next();
    else this.locked = false;
  }
}
