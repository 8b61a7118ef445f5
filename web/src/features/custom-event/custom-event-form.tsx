import { type FormEvent, useState } from 'react';
import { newYorkInstant, splitInstant } from './new-york-time';

export interface CustomEventFormProps {
  at: string | null;
  title: string;
  tickers: readonly string[];
  onSubmit: (value: { at: string; title: string; tickers: string[] }) => void;
}

/** A time in New York, a title and tickers: enough for an event study of one's own news. */
export function CustomEventForm({ at, title, tickers, onSubmit }: CustomEventFormProps) {
  const initial = at ? splitInstant(at) : { date: '', time: '' };
  const [date, setDate] = useState(initial.date);
  const [time, setTime] = useState(initial.time);
  const [name, setName] = useState(title);
  const [list, setList] = useState(tickers.join(', '));
  const [error, setError] = useState<string | null>(null);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const parsed = list
      .split(/[\s,]+/)
      .map((t) => t.trim().toUpperCase())
      .filter(Boolean);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return setError('Give the date of the news.');
    if (parsed.length === 0) return setError('Name at least one ticker, e.g. NVDA, AVGO.');
    setError(null);
    onSubmit({ at: newYorkInstant(date, time), title: name.trim(), tickers: parsed });
  };
  return (
    <form className="panel custom-form" onSubmit={submit} aria-label="Custom event">
      <label className="field">
        <span>Date</span>
        <input type="date" required value={date} onChange={(e) => setDate(e.target.value)} />
      </label>
      <label className="field">
        <span>Time (New York, optional)</span>
        <input type="time" value={time} onChange={(e) => setTime(e.target.value)} />
      </label>
      <label className="field grow">
        <span>Title</span>
        <input
          type="text"
          maxLength={140}
          placeholder="What happened"
          value={name}
          onChange={(e) => setName(e.target.value)}
        />
      </label>
      <label className="field grow">
        <span>Tickers</span>
        <input
          type="text"
          placeholder="NVDA, AVGO, AMD"
          value={list}
          onChange={(e) => setList(e.target.value)}
        />
      </label>
      <button type="submit" className="primary">
        Run the event study
      </button>
      {error && (
        <p className="error-inline" role="alert">
          {error}
        </p>
      )}
      <p className="meta full">
        Without a time the whole day is taken (00:00 New York), so day 0 is that day’s session if it
        traded. Nothing is stored unless you ask below.
      </p>
    </form>
  );
}
