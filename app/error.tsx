"use client";

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  return (
    <div className="card" role="alert">
      <h1>Something went wrong</h1>
      <p>The page could not be loaded. Nothing was changed.</p>
      <button className="button" type="button" onClick={reset}>
        Try again
      </button>
    </div>
  );
}
