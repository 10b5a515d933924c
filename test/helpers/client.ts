import type { Hono } from 'hono';

/**
 * A tiny browser for HTTP tests: keeps cookies, sends the same-origin header a browser sends with
 * forms, and fills in the CSRF field from the cookie the site handed out.
 */
export function browserClient(app: Hono) {
  const jar = new Map<string, string>();
  const remember = (res: Response) => {
    for (const line of res.headers.getSetCookie()) {
      const [pair = ''] = line.split(';');
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq);
      const value = pair.slice(eq + 1);
      if (/max-age=0/i.test(line) || value === '') jar.delete(name);
      else jar.set(name, value);
    }
    return res;
  };
  const cookie = () => [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
  return {
    jar,
    async get(path: string, headers: Record<string, string> = {}) {
      return remember(await app.request(path, { headers: { cookie: cookie(), ...headers } }));
    },
    /** Posts a form as a browser would; `_csrf` is added unless given. */
    async post(
      path: string,
      fields: Record<string, string | string[]>,
      options: { csrf?: string; origin?: string } = {},
    ) {
      if (!jar.has('atlas_csrf')) await this.get('/en/');
      const body = new URLSearchParams();
      for (const [k, v] of Object.entries(fields)) for (const item of [v].flat()) body.append(k, item);
      if (!('_csrf' in fields)) body.set('_csrf', options.csrf ?? jar.get('atlas_csrf') ?? '');
      return remember(
        await app.request(path, {
          method: 'POST',
          body,
          headers: {
            cookie: cookie(),
            origin: options.origin ?? 'http://localhost',
            'content-type': 'application/x-www-form-urlencoded',
          },
        }),
      );
    },
    async signIn(email: string, password: string) {
      const res = await this.post('/en/signin', { email, password });
      if (res.status !== 303) throw new Error(`sign-in failed with ${res.status}`);
    },
  };
}
