import { useT } from '../../lib/i18n/use-t.ts';
import { useDocumentTitle } from '../../lib/use-document-title.ts';
import { Link } from '../../components/ui/link.tsx';
import { Paragraph } from '../../components/ui/heading.tsx';
import { PageHeader } from '../../components/ui/page-header.tsx';

export function Component() {
  const t = useT();
  useDocumentTitle(t('notFound.title'));
  return (
    <>
      <PageHeader title={t('notFound.title')} />
      <Paragraph>{t('notFound.text')}</Paragraph>
      <Link to="/" button="primary">
        {t('error.toDashboard')}
      </Link>
    </>
  );
}
