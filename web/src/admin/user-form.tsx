import { userRoles } from '@ntm/db/schema/values';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { User } from '../api/admin-client';
import { SubmitButton } from '../ui/form/form-actions';
import { NamedOptions, Options } from '../ui/form/options';
import { SelectField } from '../ui/form/select-field';
import { TextField } from '../ui/form/text-field';
import { Modal } from '../ui/modal';
import { ModalActions } from '../ui/modal-actions';
import type { VillageOption } from './use-village-options';
import {
  checkDraft,
  type Field,
  type FormProblems,
  hasProblems,
  noProblems,
  type UserDraft,
} from './user-form-problems';

interface UserFormProps {
  /** No user: a new account. */
  user: User | null;
  /** Null while GET /api/villages is on its way. */
  villages: VillageOption[] | null;
  /** Resolves to the API's objections, or to null once saved. */
  onSubmit: (draft: UserDraft) => Promise<FormProblems | null>;
  onCancel: () => void;
}

const fieldOrder: Field[] = ['username', 'displayName', 'role', 'villageId'];

/** Creating an account or changing one's name, role and village, in a dialog. */
export function UserForm({ user, villages, onSubmit, onCancel }: UserFormProps) {
  const { t } = useTranslation();
  const mode = user ? 'edit' : 'create';
  const [draft, setDraft] = useState<UserDraft>(
    user
      ? {
          username: user.username,
          displayName: user.displayName,
          role: user.role,
          villageId: user.villageId,
        }
      : { username: '', displayName: '', role: '', villageId: null },
  );
  const [problems, setProblems] = useState<FormProblems>(noProblems);
  const [pending, setPending] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);

  function focusFirstProblem(found: FormProblems) {
    const first = fieldOrder.find((field) => found.fields[field]);
    if (first) formRef.current?.querySelector<HTMLElement>(`[name="${first}"]`)?.focus();
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    const local = checkDraft(draft, mode);
    if (hasProblems(local)) {
      setProblems(local);
      focusFirstProblem(local);
      return;
    }
    setPending(true);
    const answer = await onSubmit({ ...draft, username: draft.username.trim() });
    setPending(false);
    if (answer) {
      setProblems(answer);
      focusFirstProblem(answer);
    }
  }

  const problemOf = (field: Field) => {
    const problem = problems.fields[field];
    return problem ? t(`userForm.problems.${problem}`) : null;
  };
  const formProblem = problems.form
    ? t(`userForm.problems.${problems.form.problem}`, { status: problems.form.status })
    : Object.keys(problems.fields).length > 0
      ? t('userForm.fixFields')
      : '';

  return (
    <Modal
      title={
        user ? t('userForm.editTitle', { username: user.username }) : t('userForm.createTitle')
      }
      onDismiss={pending ? undefined : onCancel}
    >
      <form ref={formRef} className="form" noValidate onSubmit={submit}>
        {mode === 'create' && (
          <TextField
            label={t('users.username')}
            name="username"
            value={draft.username}
            autoComplete="off"
            autoCapitalize="none"
            spellCheck={false}
            hint={t('userForm.usernameHint')}
            error={problemOf('username')}
            onChange={(username) => setDraft({ ...draft, username })}
          />
        )}
        <TextField
          label={t('users.displayName')}
          name="displayName"
          value={draft.displayName}
          autoComplete="off"
          error={problemOf('displayName')}
          onChange={(displayName) => setDraft({ ...draft, displayName })}
        />
        <SelectField
          label={t('users.role')}
          name="role"
          value={draft.role}
          error={problemOf('role')}
          onChange={(value) => {
            const role = value as UserDraft['role'];
            setDraft({ ...draft, role, villageId: role === 'village' ? draft.villageId : null });
          }}
        >
          {mode === 'create' && <option value="">{t('userForm.pickRole')}</option>}
          <Options values={userRoles} label={(role) => t(`roles.${role}`)} />
        </SelectField>
        {draft.role === 'village' && (
          <SelectField
            label={t('users.village')}
            name="villageId"
            value={draft.villageId ?? ''}
            disabled={villages === null}
            hint={t('userForm.villageHint')}
            error={problemOf('villageId')}
            onChange={(value) =>
              setDraft({ ...draft, villageId: value === '' ? null : Number(value) })
            }
          >
            <option value="">
              {villages === null ? t('userForm.villagesLoading') : t('userForm.pickVillage')}
            </option>
            {villages && <NamedOptions items={villages} />}
          </SelectField>
        )}
        <p className="form-problem" role="alert">
          {formProblem}
        </p>
        <ModalActions onCancel={onCancel} pending={pending}>
          <SubmitButton
            pending={pending}
            pendingLabel={t(mode === 'create' ? 'userForm.creating' : 'userForm.saving')}
          >
            {t(mode === 'create' ? 'userForm.create' : 'userForm.save')}
          </SubmitButton>
        </ModalActions>
      </form>
    </Modal>
  );
}
