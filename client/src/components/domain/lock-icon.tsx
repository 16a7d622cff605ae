/** The lock before something outside the user's collaborations; decorative, the words beside it say it. */
export function LockIcon() {
  return (
    <svg className="app-restricted__icon" width="11" height="13" viewBox="0 0 11 13" aria-hidden="true" focusable="false">
      <path d="M2.5 5.5V4a3 3 0 0 1 6 0v1.5" fill="none" stroke="currentColor" strokeWidth="1.4" />
      <rect x="0.5" y="5.5" width="10" height="7" rx="1.2" fill="currentColor" />
    </svg>
  );
}
