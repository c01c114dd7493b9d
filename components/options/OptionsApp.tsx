export function OptionsApp() {
  return (
    <main style={{ padding: '24px' }}>
      <h1>Vitae</h1>
    </main>
  );
}
