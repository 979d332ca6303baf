import { Center, Loader } from '@mantine/core';
import { lazy, Suspense, type ComponentType } from 'react';
import { Redirect, Route, Switch } from 'wouter';
import { TodayPage } from '../features/today/TodayPage';
import { Layout } from './Layout';

// Today is where the app opens; every other page (and its charts, Markdown and forms) loads when
// first visited, so the app is ready sooner.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each page has its own props
function lazyPage<Name extends string>(load: () => Promise<Record<Name, ComponentType<any>>>, name: Name) {
  return lazy(() => load().then((module) => ({ default: module[name] })));
}

const EmployersPage = lazyPage(() => import('../features/employers/EmployersPage'), 'EmployersPage');
const EmployerPage = lazyPage(() => import('../features/employers/EmployerPage'), 'EmployerPage');
const NewEmployerPage = lazyPage(() => import('../features/employers/EmployerFormPage'), 'NewEmployerPage');
const EmployerEditPage = lazyPage(() => import('../features/employers/EmployerFormPage'), 'EmployerEditPage');
const PeoplePage = lazyPage(() => import('../features/people/PeoplePage'), 'PeoplePage');
const PersonPage = lazyPage(() => import('../features/people/PersonPage'), 'PersonPage');
const ProgrammesPage = lazyPage(() => import('../features/programmes/ProgrammesPage'), 'ProgrammesPage');
const ReportsPage = lazyPage(() => import('../features/reports/ReportsPage'), 'ReportsPage');
const CaseStudiesPage = lazyPage(() => import('../features/caseStudies/CaseStudiesPage'), 'CaseStudiesPage');
const CaseStudyEditor = lazyPage(() => import('../features/caseStudies/CaseStudyEditor'), 'CaseStudyEditor');
const ImportPage = lazyPage(() => import('../features/imports/ImportPage'), 'ImportPage');
const TrashPage = lazyPage(() => import('../features/trash/TrashPage'), 'TrashPage');
const SettingsPage = lazyPage(() => import('../features/settings/SettingsPage'), 'SettingsPage');
const HelpPage = lazyPage(() => import('../features/help/HelpPage'), 'HelpPage');

const loading = (
  <Center h={200}>
    <Loader aria-label="Opening the page" />
  </Center>
);

export function Routes() {
  return (
    <Layout>
      <Suspense fallback={loading}>
        <Switch>
          <Route path="/employers" component={EmployersPage} />
          <Route path="/employers/new" component={NewEmployerPage} />
          <Route path="/employers/:id/edit">{({ id }) => <EmployerEditPage id={id} />}</Route>
          <Route path="/employers/:id">{({ id }) => <EmployerPage id={id} />}</Route>
          <Route path="/import" component={ImportPage} />
          <Route path="/trash" component={TrashPage} />
          <Route path="/settings" component={SettingsPage} />
          <Route path="/today" component={TodayPage} />
          <Route path="/people" component={PeoplePage} />
          <Route path="/programmes" component={ProgrammesPage} />
          <Route path="/people/:id">{({ id }) => <PersonPage id={id} />}</Route>
          <Route path="/reports" component={ReportsPage} />
          <Route path="/case-studies" component={CaseStudiesPage} />
          <Route path="/case-studies/:id">{({ id }) => <CaseStudyEditor id={id} />}</Route>
          <Route path="/help" component={HelpPage} />
          <Route>
            <Redirect to="/today" replace />
          </Route>
        </Switch>
      </Suspense>
    </Layout>
  );
}
