/** A labelled search box of a GET filter form (the value stays in the URL). */
export function SearchField({
  name,
  label,
  defaultValue,
  placeholder,
  className = "field",
}: {
  name: string;
  label: string;
  defaultValue?: string;
  placeholder?: string;
  className?: string;
}) {
  return (
    <div className={className}>
      <label htmlFor={name}>{label}</label>
      <input id={name} name={name} type="search" defaultValue={defaultValue} placeholder={placeholder} />
    </div>
  );
}
