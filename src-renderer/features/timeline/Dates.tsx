/** Text with its ISO dates kept whole: a line may break at the spaces around a dash, never inside 2019-03-31. */
export function Dates({ text }: { readonly text: string }) {
  const parts = text.split(/(\d{4}-\d{2}-\d{2})/u);
  return (
    <>
      {parts.map((part, i) =>
        i % 2 === 1 ? (
          <span key={i} className="nowrap">
            {part}
          </span>
        ) : (
          part
        ),
      )}
    </>
  );
}
