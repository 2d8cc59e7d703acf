/** One page of a paged admin list, with the totals the server reported. */
export interface Page<Item> {
  items: Item[];
  /** 1-based. */
  page: number;
  /** Page size asked for. */
  records: number;
  totalPages: number;
  totalRecords: number;
}

export interface PageThroughOptions {
  /**
   * Pages requested at once after the first (which tells how many there are). At most 4:
   * a dashboard must not hammer the tenant's API.
   * @default 4
   */
  concurrency?: number | undefined;
  /** Stops every request in flight and ends the iteration with the abort reason. */
  signal?: AbortSignal | undefined;
}

export const MAX_CONCURRENCY = 4;

/**
 * Yields every page in order: page 1 first (it tells how many pages there are), then the
 * rest with at most `concurrency` requests in flight. Breaking out of the loop, or
 * aborting `signal`, cancels whatever is still in flight.
 */
export async function* pageThrough<Item>(
  fetchPage: (page: number, signal: AbortSignal) => Promise<Page<Item>>,
  options: PageThroughOptions = {},
): AsyncGenerator<Page<Item>, void, undefined> {
  const concurrency = options.concurrency ?? MAX_CONCURRENCY;
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > MAX_CONCURRENCY) {
    throw new RangeError(`concurrency must be an integer from 1 to ${MAX_CONCURRENCY}`);
  }
  const controller = new AbortController();
  const stop = () => controller.abort(options.signal?.reason);
  if (options.signal?.aborted) stop();
  options.signal?.addEventListener('abort', stop, { once: true });
  try {
    controller.signal.throwIfAborted();
    const first = await fetchPage(1, controller.signal);
    yield first;
    const lastPage = first.totalPages;
    const inFlight: Promise<Page<Item>>[] = [];
    let next = 2;
    const launch = () => {
      const request = fetchPage(next++, controller.signal);
      // Awaited in order below; until then a rejection must not count as unhandled.
      request.catch(() => {});
      inFlight.push(request);
    };
    while (next <= lastPage || inFlight.length > 0) {
      // Aborted while the caller held the last page: end here, asking for nothing more.
      controller.signal.throwIfAborted();
      while (next <= lastPage && inFlight.length < concurrency) launch();
      const page = await (inFlight.shift() as Promise<Page<Item>>);
      yield page;
      // A short page means the list ended early (records removed meanwhile): stop asking.
      if (page.items.length < page.records) next = lastPage + 1;
    }
  } finally {
    options.signal?.removeEventListener('abort', stop);
    // Whatever is still in flight (the caller broke out, or a page failed) is cancelled.
    controller.abort();
  }
}
