import { Redirect, Route, Switch } from 'wouter';
import { EmployerEditPage, NewEmployerPage } from '../features/employers/EmployerFormPage';
import { EmployerPage } from '../features/employers/EmployerPage';
import { EmployersPage } from '../features/employers/EmployersPage';
import { PeoplePage } from '../features/people/PeoplePage';
import { PersonPage } from '../features/people/PersonPage';
import { ProgrammesPage } from '../features/programmes/ProgrammesPage';
import { ReportsPage } from '../features/reports/ReportsPage';
import { CaseStudiesPage } from '../features/caseStudies/CaseStudiesPage';
import { CaseStudyEditor } from '../features/caseStudies/CaseStudyEditor';
import { SettingsPage } from '../features/settings/SettingsPage';
import { TodayPage } from '../features/today/TodayPage';
import { TrashPage } from '../features/trash/TrashPage';
import { ImportPage } from '../features/imports/ImportPage';
import { Layout } from './Layout';

export function Routes() {
  return (
    <Layout>
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
        <Route>
          <Redirect to="/today" replace />
        </Route>
      </Switch>
    </Layout>
  );
}
