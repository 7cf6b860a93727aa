import { useEffect, useState } from 'react';
import { backend } from '../api/session';
import type { TemplateInfo } from '../api/types';
import { bundledTemplates } from '../catalog/samples';
import { useT } from '../i18n';
import { GatedButton } from '../people/Gated';
import { useUi } from '../store/ui';
import { TopNav } from './TopNav';

/** The sample flows as templates: pick one to start a new flow from it. */
export function Templates() {
  const t = useT();
  const [list, setList] = useState<TemplateInfo[]>(bundledTemplates());
  useEffect(() => {
    backend()
      .templates()
      .then((l) => l.length > 0 && setList(l))
      .catch(() => undefined);
  }, []);
  const use = async (tpl: TemplateInfo) => {
    try {
      const rec = await backend().createFlow({ ...tpl.document });
      useUi.getState().go({ name: 'flow', id: rec.id });
    } catch (err) {
      useUi.getState().toast((err as Error).message, 'error');
    }
  };
  return (
    <div className="page">
      <TopNav active="templates" />
      <div className="page-body">
        <div className="page-head">
          <div>
            <h1>{t('templates.title')}</h1>
            <p className="muted">{t('templates.intro')}</p>
          </div>
        </div>
        <ul className="cards">
          {list.map((tpl) => (
            <li key={tpl.id} className="card">
              <div className="card-title">{tpl.name}</div>
              {tpl.description ? <p className="card-desc">{tpl.description}</p> : null}
              <div className="card-foot">
                <span className="muted small">
                  {t('templates.nodes', { n: tpl.document.nodes.length })} ·{' '}
                  {t('templates.scenarios', { n: tpl.scenarios.length })}
                </span>
                <GatedButton
                  permission="flows:write"
                  className="btn small primary"
                  onClick={() => void use(tpl)}
                  data-testid={`use-${tpl.id}`}
                >
                  {t('templates.use')}
                </GatedButton>
              </div>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
