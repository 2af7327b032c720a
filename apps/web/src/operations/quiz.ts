import { graphql } from "../gql";

export const CreateQuizMutation = graphql(`
  mutation CreateQuiz($input: CreateQuizInput!) {
    createQuiz(input: $input) {
      id
    }
  }
`);

/** The quiz as the player sees it: no field reveals an answer. */
export const QuizQuery = graphql(`
  query Quiz($id: ID!) {
    quiz(id: $id) {
      id
      article {
        slug
        title
      }
      questions {
        id
        type
        prompt
        choices {
          id
          label
        }
        items {
          left {
            id
            label
          }
          right {
            id
            label
          }
        }
      }
    }
  }
`);

export const SubmitAttemptMutation = graphql(`
  mutation SubmitAttempt($input: SubmitAttemptInput!) {
    submitAttempt(input: $input) {
      score
      total
      results {
        questionId
        correct
        correctChoiceIds
        correctAnswer
        explanation
        evidence {
          start
          end
          text
          sentence {
            start
            end
            text
          }
        }
      }
    }
  }
`);

export const CheckAnswerMutation = graphql(`
  mutation CheckAnswer($quizId: ID!, $questionId: ID!, $answer: AnswerInput!) {
    checkAnswer(quizId: $quizId, questionId: $questionId, answer: $answer) {
      questionId
      correct
      correctAnswer
      explanation
      evidence {
        start
        end
        text
        sentence {
          start
          end
          text
        }
      }
    }
  }
`);

export const QuizStatsQuery = graphql(`
  query QuizStats($quizId: ID!) {
    quizStats(quizId: $quizId) {
      attempts
      meanScore
      distribution {
        score
        count
      }
      questions {
        questionId
        shareCorrect
        discrimination
      }
    }
    quiz(id: $quizId) {
      id
      article {
        slug
        title
      }
      questions {
        id
        type
        prompt
      }
    }
  }
`);
