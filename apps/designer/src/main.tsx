import '@fontsource-variable/inter';
import '@xyflow/react/dist/style.css';
import './styles.css';
import './people/people.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { installBenchHooks } from './bench-hooks';

installBenchHooks();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
