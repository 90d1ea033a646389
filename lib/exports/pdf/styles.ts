import type { Styles } from "@react-pdf/renderer";
import { PDF_FONT } from "./fonts";

// Black on white with grey rules only: legible when printed or copied in black and white.
// Geometry (points) matches PAGE in rows.ts: A4, 36pt side margins, 96pt header, 40pt footer.
export const styles = {
  page: { fontFamily: PDF_FONT, fontSize: 9, paddingTop: 96, paddingBottom: 40, paddingHorizontal: 36, color: "#000" },
  header: { position: "absolute", top: 28, left: 36, right: 36 },
  headerRow: { flexDirection: "row", justifyContent: "space-between" },
  summit: { fontSize: 9, fontWeight: 700 },
  title: { fontSize: 14, fontWeight: 700, marginTop: 2 },
  meta: { fontSize: 8, marginTop: 2 },
  columns: { flexDirection: "row", fontSize: 7.5, fontWeight: 700, marginTop: 8, borderTopWidth: 1, borderTopColor: "#000", borderBottomWidth: 0.5, borderBottomColor: "#555", paddingVertical: 2 },
  footer: { position: "absolute", bottom: 20, left: 36, right: 36, fontFamily: PDF_FONT, fontSize: 8, flexDirection: "row", justifyContent: "space-between" },
  dayHeading: { fontSize: 11, fontWeight: 700, marginTop: 10, marginBottom: 4, borderBottomWidth: 0.5, borderBottomColor: "#555", paddingBottom: 2 },
  row: { flexDirection: "row", borderBottomWidth: 0.5, borderBottomColor: "#999", paddingVertical: 3 },
  time: { width: 80 },
  main: { flex: 1, paddingRight: 6 },
  place: { width: 150 },
  bold: { fontWeight: 700 },
  small: { fontSize: 7.5 },
  cancelled: { textDecoration: "line-through" },
  empty: { marginTop: 16, fontSize: 10 },
} satisfies Styles;
