// A planner imports delegation members from a workbook: the file is read, one column the import
// could not name is mapped by hand, the preview shows the new rows, the import adds them, and the
// members are on the delegation's page. The workbook is made here with exceljs; the members are
// imported into a copy of the demo summit of the test's own (./own-summit.ts).
import ExcelJS from "exceljs";
import { expect } from "@playwright/test";
import { hydrated, test } from "./fixtures";

const titles = ["Chief of protocol", "Press officer", "Interpreter (French)"];

async function membersWorkbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Luxembourg");
  ws.addRow(["Delegation of Luxembourg — members, as sent by the embassy"]);
  ws.mergeCells("A1:F1");
  ws.addRow([]);
  // "Volgnr" names no field the import knows: the planner maps it to Precedence.
  ws.addRow(["Delegation code", "Function", "Title", "Name", "Volgnr", "Passport number"]);
  ws.addRow(["LU", "Other", titles[0], "M. Weber", 10, "LX0001"]);
  ws.addRow(["LU", "Other", titles[1], "S. Muller", 11, "LX0002"]);
  ws.addRow(["LU", "Interpreter", titles[2], null, 12, "LX0003"]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

test("a planner uploads a members workbook, fixes a column, previews, imports and finds the members on the delegation page", async ({ ownSummit }) => {
  const page = await ownSummit.pageAs("planner");
  const LU = await ownSummit.delegation("LU");

  await page.goto("/import");
  const file = page.getByLabel("Spreadsheet (.xlsx or .csv)");
  await hydrated(file);
  await file.setInputFiles({ name: "luxembourg-members.xlsx", mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", buffer: await membersWorkbook() });
  await page.getByRole("button", { name: "Read the file" }).click();

  // Detected: the header below the merged title, the kind, and every column but one.
  await expect(page.getByLabel("Header row")).toHaveValue("3");
  await expect(page.getByLabel("The file holds")).toHaveValue("members");
  await expect(page.getByLabel("Title", { exact: true })).toHaveValue("2");
  const precedence = page.getByLabel("Precedence", { exact: true });
  await expect(precedence).toHaveValue("");
  await precedence.selectOption({ label: "E (Volgnr)" });
  await page.getByRole("button", { name: "Preview" }).click();

  const preview = page.getByRole("region", { name: "Preview" });
  await expect(preview.getByRole("status")).toHaveText("3 new, 0 changed, 0 unchanged, 0 with errors");
  await expect(preview.getByRole("row", { name: new RegExp(titles[0]) })).toContainText("New");
  await expect(preview).not.toContainText("LX0001");

  await preview.getByRole("button", { name: "Import" }).click();
  const report = page.getByRole("region", { name: "Imported" });
  await expect(report.getByRole("status")).toHaveText("Added 3, updated 0, unchanged 0, removed 0, refused 0");
  const [download] = await Promise.all([page.waitForEvent("download"), report.getByRole("button", { name: "Download the report (CSV)" }).click()]);
  expect(download.suggestedFilename()).toBe("import-members.csv");

  await page.goto(`/delegations/${LU}`);
  for (const title of titles) await expect(page.getByRole("form", { name: `Edit ${title}` })).toBeVisible();
  await expect(page.getByRole("form", { name: `Edit ${titles[0]}` }).getByLabel("Personal name")).toHaveValue("M. Weber");
  await expect(page.getByRole("form", { name: `Edit ${titles[0]}` }).getByLabel("Precedence")).toHaveValue("10");
});
