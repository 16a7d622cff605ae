import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { RuleTester } from 'eslint';
import { describe, expect, it } from 'vitest';
import plugin, { layerViolation } from './layers.mjs';

RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const options = [{ surface: { agreements: ['agreements.service.ts'] }, openTo: ['server/src/routes.ts'] }];
const at = (file) => path.join(root, file);
const tester = new RuleTester({ languageOptions: { ecmaVersion: 'latest', sourceType: 'module' } });

tester.run('akkoord/layers', plugin.rules.layers, {
  valid: [
    { filename: at('client/src/features/agreements/components/list.tsx'), code: "import { x } from '../api/list.ts';" },
    { filename: at('client/src/features/agreements/components/list.tsx'), code: "import { Button } from '../../../components/ui/button.tsx';" },
    { filename: at('client/src/app/router.tsx'), code: "import { Page } from '../features/agreements/components/page.tsx';" },
    { filename: at('client/src/components/ui/button.tsx'), code: "import { t } from '../../lib/i18n/index.ts';" },
    { filename: at('server/src/modules/chains/chains.service.ts'), code: "import { loadVisibleRow } from '../agreements/agreements.service.ts';", options },
    { filename: at('server/src/modules/agreements/agreements.service.ts'), code: "import { find } from './agreements.repo.ts';", options },
    { filename: at('server/src/routes.ts'), code: "import { agreementRoutes } from './modules/agreements/agreements.routes.ts';", options },
    { filename: at('server/src/modules/chains/chains.routes.test.ts'), code: "import { find } from '../agreements/agreements.repo.ts';", options },
  ],
  invalid: [
    {
      filename: at('client/src/features/agreements/components/list.tsx'),
      code: "import { AlertList } from '../../alerts/components/alert-list.tsx';",
      errors: [{ messageId: 'featureToFeature' }],
    },
    { filename: at('client/src/features/alerts/api/keys.ts'), code: "export { x } from '../../agreements/api/keys.ts';", errors: [{ messageId: 'featureToFeature' }] },
    { filename: at('client/src/features/alerts/components/x.tsx'), code: "const m = import('../../../app/router.tsx');", errors: [{ messageId: 'featureToApp' }] },
    { filename: at('client/src/components/ui/button.tsx'), code: "import { k } from '../../features/agreements/api/keys.ts';", errors: [{ messageId: 'sharedToFeature' }] },
    { filename: at('client/src/lib/format/x.ts'), code: "import '../../app/providers.tsx';", errors: [{ messageId: 'sharedToFeature' }] },
    {
      filename: at('server/src/modules/chains/chains.service.ts'),
      code: "import { find } from '../agreements/agreements.repo.ts';",
      options,
      errors: [{ messageId: 'privateModuleFile' }],
    },
    { filename: at('server/src/http/x.ts'), code: "import { find } from '../modules/agreements/agreements.repo.ts';", options, errors: [{ messageId: 'privateModuleFile' }] },
  ],
});

describe('layerViolation', () => {
  it('ignores package imports and files outside the checked layers', () => {
    expect(layerViolation('e2e/a.test.ts', 'client/src/features/agreements/x.ts')).toBeNull();
    expect(layerViolation('client/src/features/a/x.ts', 'shared/src/domain/enums.ts')).toBeNull();
  });
});
