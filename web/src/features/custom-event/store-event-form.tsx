import type { EventCategory } from '@aftershock/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { api, okJson } from '../../api/client';
import { Link } from '../../router/link';
import { categories, categoryLabels } from '../../ui/category-labels';
import { eventsKeys } from '../timeline/events-query';

export interface StoreEventFormProps {
  at: string;
  title: string;
  tickers: readonly string[];
}

/** Stores the custom event for everyone, which needs the server's admin token. */
export function StoreEventForm({ at, title, tickers }: StoreEventFormProps) {
  const [token, setToken] = useState('');
  const [category, setCategory] = useState<EventCategory>('model-launch');
  const client = useQueryClient();
  const store = useMutation({
    mutationFn: async () =>
      okJson(
        await api.events.$post(
          { json: { occurredAt: at, title, category, tickers: [...tickers] } },
          { headers: { authorization: `Bearer ${token}` } },
        ),
      ),
    onSuccess: () => client.invalidateQueries({ queryKey: eventsKeys.all }),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    store.mutate();
  };
  return (
    <details className="panel store-event">
      <summary>Store this event (admin)</summary>
      <form onSubmit={submit}>
        <label className="field">
          <span>Category</span>
          <select
            value={category}
            onChange={(e) => setCategory(categories.find((c) => c === e.target.value) ?? category)}
          >
            {categories.map((c) => (
              <option key={c} value={c}>
                {categoryLabels[c]}
              </option>
            ))}
          </select>
        </label>
        <label className="field grow">
          <span>Admin token</span>
          <input
            type="password"
            autoComplete="off"
            value={token}
            onChange={(e) => setToken(e.target.value)}
          />
        </label>
        <button type="submit" disabled={!token || title.length < 3 || store.isPending}>
          {store.isPending ? 'Storing…' : 'Store'}
        </button>
      </form>
      {title.length < 3 && <p className="meta">Give the event a title of 3 characters or more.</p>}
      {store.isError && (
        <p className="error-inline" role="alert">
          {store.error.message}
        </p>
      )}
      {store.data && (
        <p role="status">
          Stored as <Link to={`/events/${store.data.id}`}>{store.data.title}</Link>.
        </p>
      )}
    </details>
  );
}
