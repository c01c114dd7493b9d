import { render } from 'preact';
import { OptionsApp } from '../../components/options/OptionsApp';
import '../../assets/base.css';
import '../../assets/options.css';

render(<OptionsApp />, document.getElementById('app') ?? document.body);
