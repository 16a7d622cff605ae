import { Skeleton } from '../../components/ui/skeleton.tsx';

/** Shown while a page's code chunk loads for the first time. */
export function PageSkeleton() {
  return (
    <div className="app-page-skeleton">
      <span className="app-skeleton__line app-skeleton__line--title" aria-hidden="true" />
      <Skeleton lines={6} />
    </div>
  );
}
