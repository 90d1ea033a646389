import Link from "next/link";

// Deliberately generic: a 404 for something outside one's scope must not reveal that it exists.
export default function NotFound() {
  return (
    <div className="card">
      <h1>Not found</h1>
      <p>This page does not exist or is not available to you.</p>
      <Link href="/">Back to your start page</Link>
    </div>
  );
}
