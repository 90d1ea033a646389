"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { FormMessage, useFormFeedback } from "@/components/forms/feedback";
import type { z } from "zod";
import { Field } from "@/components/forms/field";
import { applyServerErrors } from "@/components/forms/server-errors";
import { saveMemberAction } from "@/lib/delegations/actions";
import type { MemberFormWords } from "@/lib/i18n/editors";
import { fillIn, formsEn, type FormsText } from "@/lib/i18n/forms";
import { MEMBER_FUNCTIONS, memberSchema } from "@/lib/delegations/schema";

type Values = z.input<typeof memberSchema>;
type Parsed = z.output<typeof memberSchema>;

/** `text`: the reader's words for the confirmation (English by default). */
/** `words`: the reader's words for the form's own fields. */
export function MemberForm({ delegationId, member, text = formsEn, words }: { delegationId: string; member?: Values & { id: string }; text?: FormsText; words: MemberFormWords }) {
  const router = useRouter();
  const w = words.member;
  const { formRef, messageRef, feedback, clear, failed, succeeded } = useFormFeedback();
  const prefix = member?.id ?? "new-member";
  const { register, handleSubmit, getValues, setError, reset, formState: { errors, isSubmitting } } = useForm<Values, unknown, Parsed>({
    resolver: zodResolver(memberSchema),
    shouldFocusError: false,
    defaultValues: member ?? { delegationId, title: "", personalName: "", function: "OTHER", precedence: 10 },
  });
  const onSubmit = handleSubmit(async () => {
    clear();
    const result = await saveMemberAction(getValues());
    if (!result.ok) return failed(applyServerErrors(result, setError));
    if (!member) reset();
    succeeded(member ? text.saved.saved : text.saved.memberAdded);
    router.refresh();
  }, () => failed(null));
  return (
    <form ref={formRef} className="inline-form" onSubmit={onSubmit} noValidate aria-label={member ? fillIn(w.editLabel, { name: member.title }) : w.addLabel}>
      <Field id={`${prefix}-title`} label={w.title} error={errors.title?.message}>
        <input id={`${prefix}-title`} size={34} {...register("title")} aria-invalid={!!errors.title} />
      </Field>
      <Field id={`${prefix}-name`} label={w.personalName} error={errors.personalName?.message}>
        <input id={`${prefix}-name`} {...register("personalName")} aria-invalid={!!errors.personalName} />
      </Field>
      <Field id={`${prefix}-function`} label={w.function}>
        <select id={`${prefix}-function`} {...register("function")}>
          {MEMBER_FUNCTIONS.map((f) => <option key={f} value={f}>{words.functions[f]}</option>)}
        </select>
      </Field>
      <Field id={`${prefix}-precedence`} label={w.precedence} error={errors.precedence?.message}>
        <input id={`${prefix}-precedence`} type="number" min={1} style={{ width: "5em" }} {...register("precedence")} aria-invalid={!!errors.precedence} />
      </Field>
      <button className="button" type="submit" disabled={isSubmitting}>{member ? words.common.save : w.add}</button>
      <FormMessage feedback={feedback} messageRef={messageRef} />
    </form>
  );
}
