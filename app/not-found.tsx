import Link from "next/link";
import { dictionary } from "@/lib/i18n";
import { readerLang } from "@/lib/i18n/reader-lang";

// Deliberately generic: a 404 for something outside one's scope must not reveal that it exists.
export default async function NotFound() {
  const t = dictionary(await readerLang()).app.notFound;
  return (
    <div className="card">
      <h1>{t.title}</h1>
      <p>{t.body}</p>
      <Link href="/">{t.back}</Link>
    </div>
  );
}
