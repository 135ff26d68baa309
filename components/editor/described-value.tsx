import { valueParts } from "@/lib/revisions/diff-snapshots";

/**
 * A field of a claim as history describes it, isolated from the page around
 * it; the links in it read left to right whatever the line's direction, so
 * an address's slashes stay where they belong.
 */
export function DescribedValue({ value }: { value: string }) {
  return (
    <bdi>
      {valueParts(value).map((part, index) =>
        part.isLink ? (
          <bdi key={index} dir="ltr">
            {part.text}
          </bdi>
        ) : (
          part.text
        ),
      )}
    </bdi>
  );
}
